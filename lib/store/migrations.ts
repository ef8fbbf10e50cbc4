/**
 * Schema migrations, in order. Each runs once per database, recorded in `schema_version`;
 * never edit a released one, add the next. SQLite keeps times as epoch milliseconds,
 * PostgreSQL as timestamptz; `body` is the versioned JSON of analysis-schema.ts, kept as
 * text so it reads back byte for byte.
 */
export type Migration = { version: number; description: string; sqlite: string; postgres: string };

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: "results table",
    sqlite: `
      CREATE TABLE results (
        id TEXT PRIMARY KEY,
        created_at INTEGER NOT NULL,
        expires_at INTEGER,
        delete_token_hash TEXT NOT NULL,
        body TEXT NOT NULL
      );
      CREATE INDEX results_expires_at ON results (expires_at) WHERE expires_at IS NOT NULL;`,
    postgres: `
      CREATE TABLE results (
        id TEXT PRIMARY KEY,
        created_at TIMESTAMPTZ NOT NULL,
        expires_at TIMESTAMPTZ,
        delete_token_hash TEXT NOT NULL,
        body TEXT NOT NULL
      );
      CREATE INDEX results_expires_at ON results (expires_at) WHERE expires_at IS NOT NULL;`,
  },
  {
    version: 2,
    // One key per creating browser (a single cookie) instead of a cookie per result,
    // which browsers stop keeping after ~180 and which swell every request.
    description: "owner key of the browser that created a result",
    sqlite: "ALTER TABLE results ADD COLUMN owner_key_hash TEXT;",
    postgres: "ALTER TABLE results ADD COLUMN owner_key_hash TEXT;",
  },
];

/** The schema version a fully migrated database is at. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);
