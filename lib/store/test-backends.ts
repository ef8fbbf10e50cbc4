import { mkdtempSync, readFileSync, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import { openSqliteStore } from "./sqlite";
import { openPostgresStore } from "./postgres";
import type { ResultStore } from "./types";

/**
 * Test-only: a backend under test, with ways to look underneath the ResultStore interface
 * (raw bytes, raw rows) so the shared suite can check what is really on disk.
 */
export type BackendUnderTest = {
  name: string;
  /** Opens a store on this backend's database (a new connection each call). */
  open(retentionDays: number): Promise<ResultStore>;
  /** Everything the backend keeps about results, as text, to search for secrets and leftovers. */
  readRaw(): Promise<string>;
  /** Overwrites a stored body, as corruption or an old bug would. */
  writeRawBody(id: string, body: string): Promise<void>;
  /** The schema_version rows. */
  schemaVersions(): Promise<number[]>;
  /** Removes the database. */
  dispose(): Promise<void>;
};

/** A PostgreSQL backend also says which database it created. */
export type PostgresBackendUnderTest = BackendUnderTest & { connectionString: string };

/** A fresh SQLite file in a temporary directory. */
export function sqliteBackend(): BackendUnderTest {
  const dir = mkdtempSync(join(tmpdir(), "unspun-store-"));
  const file = join(dir, "unspun.db");
  const withDb = <T>(fn: (db: Database.Database) => T): T => {
    const db = new Database(file);
    try {
      return fn(db);
    } finally {
      db.close();
    }
  };
  return {
    name: "SQLite",
    async open(retentionDays) {
      return openSqliteStore({ file, retentionDays });
    },
    async readRaw() {
      // The database file and its WAL, as bytes: a deleted text must be in neither.
      return [file, `${file}-wal`]
        .filter((path) => existsSync(path))
        .map((path) => readFileSync(path).toString("latin1"))
        .join("\n");
    },
    async writeRawBody(id, body) {
      withDb((db) => db.prepare("UPDATE results SET body = ? WHERE id = ?").run(body, id));
    },
    async schemaVersions() {
      return withDb((db) =>
        db.prepare<[], { version: number }>("SELECT version FROM schema_version ORDER BY version").all().map((r) => r.version),
      );
    },
    async dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh PostgreSQL database created through TEST_DATABASE_URL (a role allowed to create
 * databases), dropped by dispose().
 */
export async function postgresBackend(adminUrl: string): Promise<PostgresBackendUnderTest> {
  const name = `unspun_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const connectionString = url.toString();
  const direct = new pg.Pool({ connectionString, max: 2 });
  // Dropping the database WITH (FORCE) ends every connection to it; that is expected here.
  direct.on("error", () => {});
  return {
    name: "PostgreSQL",
    connectionString,
    async open(retentionDays) {
      return openPostgresStore({ connectionString, retentionDays });
    },
    async readRaw() {
      const { rows } = await direct.query<{ raw: string | null }>("SELECT string_agg(r::text, E'\\n') AS raw FROM results r");
      return rows[0]?.raw ?? "";
    },
    async writeRawBody(id, body) {
      await direct.query("UPDATE results SET body = $1 WHERE id = $2", [body, id]);
    },
    async schemaVersions() {
      const { rows } = await direct.query<{ version: number }>("SELECT version FROM schema_version ORDER BY version");
      return rows.map((r) => r.version);
    },
    async dispose() {
      await direct.end();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
