import pg from "pg";
import type { Analysis } from "@/lib/analysis/types";
import { decodeStoredAnalysis, encodeStoredAnalysisJson, storedAnalysisJson } from "./analysis-schema";
import { MIGRATIONS } from "./migrations";
import { expiryFor } from "./retention";
import { createResultId, createSecret, hashSecret, isWellFormedId, secretMatches } from "./secrets";
import type { DeleteOutcome, ResultStore, SavedResult, StoredResult, StoredResultJson } from "./types";
import { applyPostgresMigrations } from "./postgres-migrate";

export type PostgresStoreOptions = {
  connectionString: string;
  /** Days a result is kept; 0 keeps results forever. */
  retentionDays: number;
  /** Connections per app instance; 10 kept the 50-client load test's reads under 50 ms p95. */
  poolSize?: number;
  /** Longest wait to connect, for a pooled client, or for a query (ms); default 2,000. */
  timeoutMs?: number;
};

/** How long any one wait on PostgreSQL may take; two of them fit the 5 s a hung database may cost a request. */
const DEFAULT_TIMEOUT_MS = 2_000;

/** pg's timeout errors carry no code: give them ETIMEDOUT, which the API answers with 503 and Retry-After. */
function markTimeoutOf(error: unknown): unknown {
  const message = error instanceof Error ? error.message : "";
  if (/timeout|terminated/i.test(message) && !(error as { code?: unknown }).code) {
    Object.assign(error as object, { code: "ETIMEDOUT" });
  }
  return error;
}

function markTimeout(error: unknown): never {
  throw markTimeoutOf(error);
}

const UNIQUE_VIOLATION = "23505";

const INSERT_RESULT = "INSERT INTO results (id, created_at, expires_at, delete_token_hash, owner_key_hash, body) VALUES ($1, $2, $3, $4, $5, $6)";

/**
 * A save's first try gives up after this long (not the full timeout) and tries again on a
 * fresh connection: a healthy insert takes a few ms, and the soak's creates that met a
 * paused backend took 2 s (p95 918 ms overall) waiting for the full query timeout.
 */
const SAVE_FIRST_TRY_MS = 750;

/** A failure of the connection, not of the statement: timed out (see markTimeout), reset, or the server ending the session. */
function isLostConnection(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "ETIMEDOUT" || code === "ECONNRESET" || code === "57P01" || code === "EPIPE";
}

type SecretHashes = { delete_token_hash: string; owner_key_hash: string | null };
type ResultRow = { id: string; created_at: Date; expires_at: Date | null; body: string };

/**
 * Any constant shared by every instance: the advisory lock that serialises migrations when
 * several app instances start at once against the same database.
 */
const MIGRATION_LOCK_KEY = 0x756e7370; // "unsp"

/**
 * Connects to PostgreSQL, runs pending migrations and returns a ResultStore. Several app
 * instances may share the database: that is what it is for.
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<ResultStore> {
  const waitMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.poolSize ?? 10,
    // Every wait on the database is bounded, so a hung server (stopped, or a network that
    // drops packets) costs a request at most ~2 x waitMs, then a 503 with Retry-After:
    // connecting, and waiting for a free pooled client (pg applies the same limit to both) …
    connectionTimeoutMillis: waitMs,
    // … and each query, measured by the client (a hung server never answers the server-side
    // statement_timeout). pool.query throws such a client away, so a resumed server is used
    // again with no restart.
    query_timeout: waitMs,
    statement_timeout: waitMs,
  });
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
  pool.query = ((...args: unknown[]) => query(...args).catch(markTimeout)) as typeof pool.query;
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on("error", (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
  // A client that is checked out or closing when the server ends its connection (restart,
  // failover, a dropped test database) reports on itself, not on the pool: listen there too.
  pool.on("connect", (client) => client.on("error", (error) => console.error(`PostgreSQL connection lost: ${error.message}`)));
  try {
    await applyPostgresMigrations(pool, { lockKey: MIGRATION_LOCK_KEY, versionTable: "schema_version", migrations: MIGRATIONS });
  } catch (error) {
    await pool.end();
    throw error;
  }

  const liveRow = async (id: string, now: Date): Promise<ResultRow | null> => {
    if (!isWellFormedId(id)) return null;
    const { rows } = await pool.query<ResultRow>(
      "SELECT id, created_at, expires_at, body FROM results WHERE id = $1 AND (expires_at IS NULL OR expires_at > $2)",
      [id, now],
    );
    return rows[0] ?? null;
  };

  /** Runs `work` on a new connection, closed after (not waited for: a hung server never answers the goodbye). */
  const onFreshConnection = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: options.connectionString, connectionTimeoutMillis: waitMs, query_timeout: waitMs, statement_timeout: waitMs });
    client.on("error", (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
    try {
      await client.connect();
      return await work(client);
    } finally {
      void client.end().catch(() => undefined);
    }
  };

  const saveJson = async (analysisJson: string, now = new Date(), ownerKey?: string): Promise<SavedResult> => {
    const id = createResultId();
    const deleteToken = createSecret();
    const expiresAt = expiryFor(now, options.retentionDays);
    const values = [id, now, expiresAt, hashSecret(deleteToken), ownerKey ? hashSecret(ownerKey) : null, encodeStoredAnalysisJson(analysisJson)];
    // One statement is one transaction: the row is whole or absent.
    try {
      // pg reads query_timeout from the query too (client.js); its types do not say so.
      await pool.query({ text: INSERT_RESULT, values, query_timeout: Math.min(waitMs, SAVE_FIRST_TRY_MS) } as pg.QueryConfig);
    } catch (error) {
      if (!isLostConnection(error)) throw error;
      // Once more, on a connection of its own (a pooled one may be as stuck as the first),
      // with the same id: if the first try did commit and only its answer was lost, the id
      // is taken and this one fails as a duplicate, which means saved. Both tries fit the
      // 5 s a hung database may cost a request; a first try that commits after both failed
      // leaves a row nobody holds a token for, which expires like any other.
      try {
        await onFreshConnection((client) => client.query(INSERT_RESULT, values));
      } catch (again) {
        if ((again as { code?: unknown }).code !== UNIQUE_VIOLATION) throw markTimeoutOf(again);
      }
    }
    return { id, deleteToken, createdAt: now.toISOString(), expiresAt: expiresAt?.toISOString() ?? null };
  };

  const secretHashes = async (id: string, now: Date): Promise<SecretHashes | null> => {
    if (!isWellFormedId(id)) return null;
    const { rows } = await pool.query<SecretHashes>(
      "SELECT delete_token_hash, owner_key_hash FROM results WHERE id = $1 AND (expires_at IS NULL OR expires_at > $2)",
      [id, now],
    );
    return rows[0] ?? null;
  };

  const deleteIf = async (id: string, now: Date, allowed: (hashes: SecretHashes) => boolean): Promise<DeleteOutcome> => {
    const hashes = await secretHashes(id, now);
    if (!hashes) return "not-found";
    if (!allowed(hashes)) return "forbidden";
    // The hash in the condition keeps this right if the row changed since the select.
    const removed = await pool.query("DELETE FROM results WHERE id = $1 AND delete_token_hash = $2", [id, hashes.delete_token_hash]);
    return removed.rowCount ? "deleted" : "not-found";
  };

  return {
    save: (analysis: Analysis, now?: Date, ownerKey?: string) => saveJson(JSON.stringify(analysis), now, ownerKey),
    saveJson,

    async get(id: string, now = new Date()): Promise<StoredResult | null> {
      const row = await liveRow(id, now);
      return row && { ...datesOf(row), analysis: decodeStoredAnalysis(row.id, row.body) };
    },

    async getJson(id: string, now = new Date()): Promise<StoredResultJson | null> {
      const row = await liveRow(id, now);
      return row && { ...datesOf(row), analysisJson: storedAnalysisJson(row.id, Buffer.from(row.body)) };
    },

    async isLive(id: string, now = new Date()): Promise<boolean> {
      if (!isWellFormedId(id)) return false;
      // By primary key, no body: ~0.1 ms on the database, for the read cache's check on every hit.
      const { rowCount } = await pool.query("SELECT 1 FROM results WHERE id = $1 AND (expires_at IS NULL OR expires_at > $2)", [id, now]);
      return (rowCount ?? 0) > 0;
    },

    async delete(id: string, deleteToken: string, now = new Date()): Promise<DeleteOutcome> {
      return deleteIf(id, now, (hashes) => secretMatches(hashes.delete_token_hash, deleteToken));
    },

    async deleteAsOwner(id: string, ownerKey: string, now = new Date()): Promise<DeleteOutcome> {
      return deleteIf(id, now, (hashes) => secretMatches(hashes.owner_key_hash, ownerKey));
    },

    async isOwnedBy(id: string, ownerKey: string, now = new Date()): Promise<boolean> {
      const hashes = await secretHashes(id, now);
      return !!hashes && secretMatches(hashes.owner_key_hash, ownerKey);
    },

    async purgeExpired(now = new Date()): Promise<number> {
      // Expiry follows the current setting (see sqlite.ts): creation time plus today's retention.
      await pool.query(
        "UPDATE results SET expires_at = created_at + make_interval(days => $1::int) WHERE expires_at IS DISTINCT FROM created_at + make_interval(days => $1::int)",
        [options.retentionDays > 0 ? options.retentionDays : null],
      );
      const removed = await pool.query("DELETE FROM results WHERE expires_at IS NOT NULL AND expires_at <= $1", [now]);
      return removed.rowCount ?? 0;
    },

    async close(): Promise<void> {
      await pool.end();
    },
  };
}


function datesOf(row: ResultRow): Omit<StoredResult, "analysis"> {
  return { id: row.id, createdAt: row.created_at.toISOString(), expiresAt: row.expires_at?.toISOString() ?? null };
}
