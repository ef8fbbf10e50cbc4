import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import type { ArchiveAddOutcome, ArchiveInput } from "@/lib/archive/types";
import { ARCHIVE_MIGRATIONS } from "./archive-migrations";
import { articleOf, planMatches, RANK_ROWS, safeTerms, summaryOf, textHash, wordsIn, type ArchiveRow, type CountUpTo } from "./archive-rows";
import type { ArchiveHit, ArchiveStore } from "./archive-types";
import { createResultId, isWellFormedId } from "./secrets";

type Existing = { seq: number; id: string };
const COLUMNS = "a.id, a.title, a.url, a.published, a.text, a.words, a.added_at, a.updated_at";

/**
 * Opens (creating on first use) the archive in the SQLite file `file`: articles in a
 * table, their index terms in an FTS5 table (contentless: the terms are not stored twice).
 */
export function openSqliteArchive(file: string): ArchiveStore {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 5000");
  migrate(db);

  const byUrl = db.prepare<[string], Existing>("SELECT seq, id FROM archive_articles WHERE url = ?");
  const byHash = db.prepare<[string], Existing>("SELECT seq, id FROM archive_articles WHERE text_hash = ?");
  const insert = db.prepare(
    "INSERT INTO archive_articles (id, title, url, published, text, text_hash, words, added_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const update = db.prepare(
    "UPDATE archive_articles SET title = ?, url = ?, published = COALESCE(?, published), text = ?, text_hash = ?, words = ?, updated_at = ? WHERE seq = ?",
  );
  const urlOf = db.prepare<[number], { url: string | null }>("SELECT url FROM archive_articles WHERE seq = ?");
  const removeRow = db.prepare("DELETE FROM archive_articles WHERE seq = ?");
  const removeTerms = db.prepare("DELETE FROM archive_fts WHERE rowid = ?");
  const insertTerms = db.prepare("INSERT INTO archive_fts (rowid, terms) VALUES (?, ?)");
  const selectOne = db.prepare<[string], ArchiveRow & { text: string }>(`SELECT ${COLUMNS} FROM archive_articles a WHERE a.id = ?`);
  const selectSeq = db.prepare<[string], { seq: number }>("SELECT seq FROM archive_articles WHERE id = ?");
  const countAll = db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM archive_articles");
  const listPage = db.prepare<[number, number], ArchiveRow>(
    "SELECT id, title, url, published, words, added_at, updated_at FROM archive_articles ORDER BY published IS NULL, published DESC, added_at DESC, seq DESC LIMIT ? OFFSET ?",
  );
  // The inner LIMIT bounds what bm25 reads (see RANK_ROWS); a match on informative terms (at most PAIR_TERMS × COMMON_TERM_ARTICLES rows) seldom reaches it.
  const searchFts = db.prepare<[string, number, number], ArchiveRow & { text: string; r: number }>(
    `SELECT ${COLUMNS}, f.r AS r FROM (SELECT rowid, bm25(archive_fts) AS r FROM archive_fts WHERE archive_fts MATCH ? LIMIT ?) f JOIN archive_articles a ON a.seq = f.rowid ORDER BY f.r LIMIT ?`,
  );
  const countTerm = db.prepare<[string, number], { n: number }>("SELECT count(*) AS n FROM (SELECT rowid FROM archive_fts WHERE archive_fts MATCH ? LIMIT ?)");
  const countUpTo: CountUpTo = async (terms, cap) => new Map(terms.map((t) => [t, countTerm.get(`"${t}"`, cap)!.n]));

  const addOne = (input: ArchiveInput, terms: string, now: number): ArchiveAddOutcome => {
    const hash = textHash(input.text);
    const sameUrl = input.url ? byUrl.get(input.url) : undefined;
    const sameText = byHash.get(hash);
    const target = sameUrl ?? sameText;
    // A URL re-added with a text another article already has: the two are one article now.
    if (sameUrl && sameText && sameText.seq !== sameUrl.seq) {
      removeTerms.run(sameText.seq);
      removeRow.run(sameText.seq);
    }
    const url = input.url ?? (target ? (urlOf.get(target.seq)?.url ?? null) : null);
    if (target) {
      update.run(input.title, url, input.published, input.text, hash, wordsIn(input.text), now, target.seq);
      removeTerms.run(target.seq);
      insertTerms.run(target.seq, terms);
      return { id: target.id, status: "updated" };
    }
    const id = createResultId();
    const { lastInsertRowid } = insert.run(id, input.title, url, input.published, input.text, hash, wordsIn(input.text), now, now);
    insertTerms.run(lastInsertRowid, terms);
    return { id, status: "added" };
  };
  const addManyTx = db.transaction((items: { input: ArchiveInput; terms: string }[], now: number) =>
    items.map(({ input, terms }) => addOne(input, terms, now)),
  );
  const deleteTx = db.transaction((id: string): boolean => {
    const found = selectSeq.get(id);
    if (!found) return false;
    removeTerms.run(found.seq);
    removeRow.run(found.seq);
    return true;
  });

  return {
    async add(input, terms, now = new Date()) {
      return addManyTx([{ input, terms }], now.getTime())[0]!;
    },
    async addMany(items, now = new Date()) {
      return addManyTx(items, now.getTime());
    },
    async get(id) {
      const row = isWellFormedId(id) ? selectOne.get(id) : undefined;
      return row ? articleOf(row) : null;
    },
    async list({ limit = 50, offset = 0 } = {}) {
      return { total: countAll.get()!.n, articles: listPage.all(limit, offset).map(summaryOf) };
    },
    async delete(id) {
      return isWellFormedId(id) && deleteTx(id);
    },
    async search(terms, limit) {
      const safe = safeTerms(terms);
      if (safe.length === 0) return [];
      const { tiers } = await planMatches(safe, countUpTo);
      for (const tier of tiers) {
        const rows = searchFts.all(tier.map((group) => `(${group.map((t) => `"${t}"`).join(" AND ")})`).join(" OR "), RANK_ROWS, limit);
        if (rows.length > 0) return rows.map((row): ArchiveHit => ({ article: articleOf(row), rank: -row.r }));
      }
      return [];
    },
    async count() {
      return countAll.get()!.n;
    },
    async close() {
      if (db.open) db.close();
    },
  };
}

function migrate(db: Database.Database): void {
  const run = db.transaction(() => {
    db.exec("CREATE TABLE IF NOT EXISTS archive_schema_version (version INTEGER NOT NULL)");
    const applied = db.prepare<[], { v: number | null }>("SELECT MAX(version) AS v FROM archive_schema_version").get()?.v ?? 0;
    for (const migration of ARCHIVE_MIGRATIONS) {
      if (migration.version <= applied) continue;
      db.exec(migration.sqlite);
      db.prepare("INSERT INTO archive_schema_version (version) VALUES (?)").run(migration.version);
    }
  });
  run.exclusive();
}
