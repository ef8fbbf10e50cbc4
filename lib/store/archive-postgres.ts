import pg from "pg";
import type { ArchiveAddOutcome, ArchiveInput } from "@/lib/archive/types";
import { ARCHIVE_MIGRATIONS } from "./archive-migrations";
import { articleOf, planMatches, RANK_ROWS, safeTerms, summaryOf, textHash, wordsIn, type ArchiveRow, type CountUpTo } from "./archive-rows";
import type { ArchiveHit, ArchiveStore } from "./archive-types";
import { createResultId, isWellFormedId } from "./secrets";
import { applyPostgresMigrations } from "./postgres-migrate";

/** Serialises archive migrations across instances (results use their own key). */
const ARCHIVE_MIGRATION_LOCK_KEY = 0x756e7361; // "unsa"
const COLUMNS = "id, title, url, published, text, words, added_at, updated_at";
type Existing = { seq: string; id: string; url: string | null };

/**
 * Connects to PostgreSQL and returns the archive: articles in one table, their index
 * terms as a `tsvector` under a GIN index (cast from the space-separated terms, which are
 * normalised already: no text-search parser, and no positions, which nothing reads).
 */
export async function openPostgresArchive(connectionString: string, poolSize = 5): Promise<ArchiveStore> {
  const pool = new pg.Pool({ connectionString, max: poolSize });
  pool.on("error", (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
  pool.on("connect", (client) => client.on("error", (error) => console.error(`PostgreSQL connection lost: ${error.message}`)));
  try {
    await applyPostgresMigrations(pool, { lockKey: ARCHIVE_MIGRATION_LOCK_KEY, versionTable: "archive_schema_version", migrations: ARCHIVE_MIGRATIONS });
  } catch (error) {
    await pool.end();
    throw error;
  }

  const addOne = async (client: pg.PoolClient, input: ArchiveInput, terms: string, now: Date): Promise<ArchiveAddOutcome> => {
    const hash = textHash(input.text);
    const { rows } = await client.query<Existing & { by: string }>(
      "SELECT seq, id, url, CASE WHEN url = $1 THEN 'url' ELSE 'text' END AS by FROM archive_articles WHERE url = $1 OR text_hash = $2 FOR UPDATE",
      [input.url, hash],
    );
    const sameUrl = rows.find((r) => r.by === "url");
    const sameText = rows.find((r) => r.by === "text");
    const target = sameUrl ?? sameText;
    if (sameUrl && sameText) await client.query("DELETE FROM archive_articles WHERE seq = $1", [sameText.seq]);
    if (target) {
      await client.query(
        "UPDATE archive_articles SET title = $1, url = $2, published = COALESCE($3, published), text = $4, text_hash = $5, words = $6, terms = $7::tsvector, updated_at = $8 WHERE seq = $9",
        [input.title, input.url ?? target.url, input.published, input.text, hash, wordsIn(input.text), terms, now, target.seq],
      );
      return { id: target.id, status: "updated" };
    }
    const id = createResultId();
    await client.query(
      "INSERT INTO archive_articles (id, title, url, published, text, text_hash, words, terms, added_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8::tsvector, $9, $9)",
      [id, input.title, input.url, input.published, input.text, hash, wordsIn(input.text), terms, now],
    );
    return { id, status: "added" };
  };

  // One round trip for all the terms; each count stops at `cap` rows (LIMIT inside the subquery).
  const countUpTo: CountUpTo = async (terms, cap) => {
    const { rows } = await pool.query<{ t: string; n: number }>(
      "SELECT t, (SELECT count(*) FROM (SELECT 1 FROM archive_articles WHERE terms @@ t::tsquery LIMIT $2) s)::int AS n FROM unnest($1::text[]) t",
      [terms, cap],
    );
    return new Map(rows.map((row) => [row.t, row.n]));
  };

  const inTransaction = async <T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const result = await fn(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };

  const addMany = (items: { input: ArchiveInput; terms: string }[], now = new Date()) =>
    inTransaction(async (client) => {
      const fresh = await insertAllIfNew(client, items, now);
      if (fresh) return fresh;
      const outcomes: ArchiveAddOutcome[] = [];
      for (const { input, terms } of items) outcomes.push(await addOne(client, input, terms, now));
      return outcomes;
    });

  return {
    async add(input, terms, now) {
      return (await addMany([{ input, terms }], now))[0]!;
    },
    addMany,
    async get(id) {
      if (!isWellFormedId(id)) return null;
      const { rows } = await pool.query<ArchiveRow & { text: string }>(`SELECT ${COLUMNS} FROM archive_articles WHERE id = $1`, [id]);
      return rows[0] ? articleOf(rows[0]) : null;
    },
    async list({ limit = 50, offset = 0 } = {}) {
      const [total, page] = await Promise.all([
        pool.query<{ n: string }>("SELECT COUNT(*) AS n FROM archive_articles"),
        pool.query<ArchiveRow>(
          "SELECT id, title, url, published, words, added_at, updated_at FROM archive_articles ORDER BY published DESC NULLS LAST, added_at DESC, seq DESC LIMIT $1 OFFSET $2",
          [limit, offset],
        ),
      ]);
      return { total: Number(total.rows[0]?.n ?? 0), articles: page.rows.map(summaryOf) };
    },
    async delete(id) {
      if (!isWellFormedId(id)) return false;
      const removed = await pool.query("DELETE FROM archive_articles WHERE id = $1", [id]);
      return (removed.rowCount ?? 0) > 0;
    },
    async search(terms, limit) {
      const safe = safeTerms(terms);
      if (safe.length === 0) return [];
      const { tiers, rank } = await planMatches(safe, countUpTo);
      const ranked = rank.join(" | ");
      for (const tier of tiers) {
        // The inner LIMIT bounds what ts_rank reads; a match on informative terms (at most PAIR_TERMS × COMMON_TERM_ARTICLES rows) seldom reaches it.
        const { rows } = await pool.query<ArchiveRow & { text: string; r: number }>(
          `SELECT ${COLUMNS}, ts_rank(a.terms, r) AS r FROM (SELECT * FROM archive_articles WHERE terms @@ to_tsquery('simple', $1) LIMIT $4) a, to_tsquery('simple', $2) r ORDER BY 9 DESC LIMIT $3`,
          [tier.map((group) => `(${group.join(" & ")})`).join(" | "), ranked, limit, RANK_ROWS],
        );
        if (rows.length > 0) return rows.map((row): ArchiveHit => ({ article: articleOf(row), rank: Number(row.r) }));
      }
      return [];
    },
    async count() {
      const { rows } = await pool.query<{ n: string }>("SELECT COUNT(*) AS n FROM archive_articles");
      return Number(rows[0]?.n ?? 0);
    },
    async close() {
      await pool.end();
    },
  };
}

/**
 * The common case of an import, in one statement: when no article of the batch is in the
 * archive yet (by URL or text) and the batch repeats neither, inserts them all at once
 * (two round trips for the batch instead of two per article). Null when the batch needs
 * the one-by-one path (an update, or a repeat inside it).
 */
async function insertAllIfNew(client: pg.PoolClient, items: { input: ArchiveInput; terms: string }[], now: Date): Promise<ArchiveAddOutcome[] | null> {
  if (items.length < 2) return null;
  const hashes = items.map(({ input }) => textHash(input.text));
  const urls = items.flatMap(({ input }) => (input.url ? [input.url] : []));
  if (new Set(hashes).size !== hashes.length || new Set(urls).size !== urls.length) return null;
  const existing = await client.query("SELECT 1 FROM archive_articles WHERE url = ANY($1) OR text_hash = ANY($2) LIMIT 1", [urls, hashes]);
  if (existing.rowCount) return null;
  const ids = items.map(() => createResultId());
  await client.query(
    `INSERT INTO archive_articles (id, title, url, published, text, text_hash, words, terms, added_at, updated_at)
     SELECT id, title, url, published, text, text_hash, words, terms::tsvector, $9, $9
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::text[])
       AS t(id, title, url, published, text, text_hash, words, terms)`,
    [
      ids,
      items.map(({ input }) => input.title),
      items.map(({ input }) => input.url),
      items.map(({ input }) => input.published),
      items.map(({ input }) => input.text),
      hashes,
      items.map(({ input }) => wordsIn(input.text)),
      items.map(({ terms }) => terms),
      now,
    ],
  );
  return ids.map((id) => ({ id, status: "added" as const }));
}

