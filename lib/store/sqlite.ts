import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import type { Analysis } from "@/lib/analysis/types";
import { decodeStoredAnalysis, encodeStoredAnalysisJson, storedAnalysisJson } from "./analysis-schema";
import { MIGRATIONS } from "./migrations";
import { expiryFor } from "./retention";
import { createResultId, createSecret, hashSecret, isWellFormedId, secretMatches } from "./secrets";
import type { DeleteOutcome, ResultStore, SavedResult, StoredResult, StoredResultJson } from "./types";

export type SqliteStoreOptions = {
  /** Path of the database file; its directory is created when missing. */
  file: string;
  /** Days a result is kept; 0 keeps results forever. */
  retentionDays: number;
};

type SecretHashes = { delete_token_hash: string; owner_key_hash: string | null };
type ResultRow = { id: string; created_at: number; expires_at: number | null; body: string };

/**
 * Opens (creating on first use) the SQLite database at `file`, runs pending migrations and
 * returns a ResultStore. One process should own the file: for several app instances use
 * PostgreSQL.
 */
export function openSqliteStore(options: SqliteStoreOptions): ResultStore {
  // The results are private: only the app's own user may list or read them. SQLite gives
  // its -wal and -shm files the database file's mode, so they are 0600 too.
  mkdirSync(dirname(options.file), { recursive: true, mode: 0o700 });
  // The paths are run-time data, not build assets: the comments keep Next's file tracer
  // from pulling the whole project into the build on their account.
  for (const file of [options.file, `${options.file}-wal`, `${options.file}-shm`]) {
    if (file === options.file && !existsSync(/* turbopackIgnore: true */ file)) closeSync(openSync(/* turbopackIgnore: true */ file, "a", 0o600));
    if (existsSync(/* turbopackIgnore: true */ file)) chmodSync(/* turbopackIgnore: true */ file, 0o600);
  }
  const db = new Database(options.file);
  // WAL: readers never wait for the writer. synchronous=NORMAL: a commit is in the WAL
  // before save() returns, so a result survives the process being killed at any point
  // (the crash test checks); only an operating-system crash or power cut can lose the
  // last few commits, and never corrupts the file. FULL (an fsync per commit) blocked the
  // event loop for ~3 ms a create under the load test, idling the analysis workers.
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  // Zero the pages a deleted result used, so its text does not linger in the file.
  db.pragma("secure_delete = ON");
  db.pragma("busy_timeout = 5000");
  migrateSqlite(db);

  const insert = db.prepare(
    "INSERT INTO results (id, created_at, expires_at, delete_token_hash, owner_key_hash, body) VALUES (?, ?, ?, ?, ?, ?)",
  );
  const selectLive = db.prepare<[string, number], ResultRow>(
    "SELECT id, created_at, expires_at, body FROM results WHERE id = ? AND (expires_at IS NULL OR expires_at > ?)",
  );
  const selectSecrets = db.prepare<[string, number], SecretHashes>(
    "SELECT delete_token_hash, owner_key_hash FROM results WHERE id = ? AND (expires_at IS NULL OR expires_at > ?)",
  );
  const deleteById = db.prepare("DELETE FROM results WHERE id = ?");
  const deleteExpired = db.prepare("DELETE FROM results WHERE expires_at IS NOT NULL AND expires_at <= ?");
  // Expiry follows the current setting: a result's expiry is its creation time plus today's
  // retention, so lowering (or raising, or zeroing) UNSPUN_RETENTION_DAYS reaches old results.
  const applyRetention = db.prepare<[{ ms: number | null }]>(
    "UPDATE results SET expires_at = created_at + @ms WHERE expires_at IS NOT created_at + @ms",
  );
  const retentionMs = options.retentionDays > 0 ? (expiryFor(new Date(0), options.retentionDays)?.getTime() ?? null) : null;

  /**
   * After removing text, move the WAL into the database and truncate it: otherwise the
   * frames written when the result was saved keep its text in the -wal file.
   */
  const forgetRemovedText = () => db.pragma("wal_checkpoint(TRUNCATE)");

  const saveTx = db.transaction((row: [string, number, number | null, string, string | null, string]) => insert.run(...row));
  const deleteTx = db.transaction((id: string, now: number, allowed: (hashes: SecretHashes) => boolean): DeleteOutcome => {
    const found = selectSecrets.get(id, now);
    if (!found) return "not-found";
    if (!allowed(found)) return "forbidden";
    deleteById.run(id);
    return "deleted";
  });
  const deleteIf = (id: string, now: Date, allowed: (hashes: SecretHashes) => boolean): DeleteOutcome => {
    if (!isWellFormedId(id)) return "not-found";
    const outcome = deleteTx(id, now.getTime(), allowed);
    if (outcome === "deleted") forgetRemovedText();
    return outcome;
  };

  // The body as bytes: no UTF-8 decoding for reads that send it on as it is.
  const selectLiveBytes = db.prepare<[string, number], Omit<ResultRow, "body"> & { body: Buffer }>(
    "SELECT id, created_at, expires_at, CAST(body AS BLOB) AS body FROM results WHERE id = ? AND (expires_at IS NULL OR expires_at > ?)",
  );
  const selectIsLive = db.prepare<[string, number], { live: 1 }>("SELECT 1 AS live FROM results WHERE id = ? AND (expires_at IS NULL OR expires_at > ?)");
  const liveRow = (id: string, now: Date): ResultRow | null => (isWellFormedId(id) ? (selectLive.get(id, now.getTime()) ?? null) : null);

  const saveJson = async (analysisJson: string, now = new Date(), ownerKey?: string): Promise<SavedResult> => {
    const id = createResultId();
    const deleteToken = createSecret();
    const expiresAt = expiryFor(now, options.retentionDays);
    const ownerHash = ownerKey ? hashSecret(ownerKey) : null;
    saveTx([id, now.getTime(), expiresAt?.getTime() ?? null, hashSecret(deleteToken), ownerHash, encodeStoredAnalysisJson(analysisJson)]);
    return { id, deleteToken, createdAt: now.toISOString(), expiresAt: expiresAt?.toISOString() ?? null };
  };

  return {
    save: (analysis: Analysis, now?: Date, ownerKey?: string) => saveJson(JSON.stringify(analysis), now, ownerKey),
    saveJson,

    async get(id: string, now = new Date()): Promise<StoredResult | null> {
      const row = liveRow(id, now);
      return row && { ...datesOf(row), analysis: decodeStoredAnalysis(row.id, row.body) };
    },

    async getJson(id: string, now = new Date()): Promise<StoredResultJson | null> {
      const row = isWellFormedId(id) ? selectLiveBytes.get(id, now.getTime()) : undefined;
      return row ? { ...datesOf(row), analysisJson: storedAnalysisJson(row.id, row.body) } : null;
    },

    async isLive(id: string, now = new Date()): Promise<boolean> {
      return isWellFormedId(id) && selectIsLive.get(id, now.getTime()) !== undefined;
    },

    async delete(id: string, deleteToken: string, now = new Date()): Promise<DeleteOutcome> {
      return deleteIf(id, now, (hashes) => secretMatches(hashes.delete_token_hash, deleteToken));
    },

    async deleteAsOwner(id: string, ownerKey: string, now = new Date()): Promise<DeleteOutcome> {
      return deleteIf(id, now, (hashes) => secretMatches(hashes.owner_key_hash, ownerKey));
    },

    async isOwnedBy(id: string, ownerKey: string, now = new Date()): Promise<boolean> {
      const found = isWellFormedId(id) ? selectSecrets.get(id, now.getTime()) : undefined;
      return !!found && secretMatches(found.owner_key_hash, ownerKey);
    },

    async purgeExpired(now = new Date()): Promise<number> {
      applyRetention.run({ ms: retentionMs });
      const removed = deleteExpired.run(now.getTime()).changes;
      if (removed > 0) forgetRemovedText();
      return removed;
    },

    async close(): Promise<void> {
      if (db.open) db.close();
    },
  };
}

/**
 * Applies pending migrations in one exclusive transaction, so two processes opening a new
 * file at once cannot both apply them; running it again is a no-op.
 */
function migrateSqlite(db: Database.Database): void {
  const migrate = db.transaction(() => {
    db.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
    const current = db.prepare<[], { version: number | null }>("SELECT MAX(version) AS version FROM schema_version").get();
    const applied = current?.version ?? 0;
    for (const migration of MIGRATIONS) {
      if (migration.version <= applied) continue;
      db.exec(migration.sqlite);
      db.prepare("INSERT INTO schema_version (version) VALUES (?)").run(migration.version);
    }
  });
  migrate.exclusive();
}

function datesOf(row: Omit<ResultRow, "body">): Omit<StoredResult, "analysis"> {
  return {
    id: row.id,
    createdAt: new Date(row.created_at).toISOString(),
    expiresAt: row.expires_at === null ? null : new Date(row.expires_at).toISOString(),
  };
}
