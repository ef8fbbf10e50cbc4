import type { Migration } from "./migrations";

/**
 * The archive's own schema migrations, recorded in `archive_schema_version` apart from the
 * results' `schema_version`, so the archive and the result store evolve independently.
 * Never edit a released one; add the next.
 */
export const ARCHIVE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: "archive articles and their full-text index",
    sqlite: `
      CREATE TABLE archive_articles (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        url TEXT UNIQUE,
        published TEXT,
        text TEXT NOT NULL,
        text_hash TEXT NOT NULL UNIQUE,
        words INTEGER NOT NULL,
        added_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE VIRTUAL TABLE archive_fts USING fts5(terms, content='', contentless_delete=1);`,
    postgres: `
      CREATE TABLE archive_articles (
        seq BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        url TEXT UNIQUE,
        published TEXT,
        text TEXT NOT NULL,
        text_hash TEXT NOT NULL UNIQUE,
        words INTEGER NOT NULL,
        terms TSVECTOR NOT NULL,
        added_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL
      );
      CREATE INDEX archive_articles_terms ON archive_articles USING GIN (terms);
      CREATE INDEX archive_articles_order ON archive_articles (published DESC NULLS LAST, added_at DESC);`,
  },
];
