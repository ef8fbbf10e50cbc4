import type { ArchiveAddOutcome, ArchiveArticle, ArchiveInput, ArchiveSummary } from "@/lib/archive/types";

/** A full-text hit before reranking: the article and the database's own rank (higher is better). */
export type ArchiveHit = { article: ArchiveArticle; rank: number };

/**
 * The archive of originals: SQLite (FTS5) and PostgreSQL (tsvector + GIN) implement it,
 * and one shared suite (archive-contract.test.ts) runs against both.
 */
export interface ArchiveStore {
  /**
   * Adds an article, or updates the one with the same URL (or, without a URL match, the
   * same text): re-adding never duplicates, and keeps the date when the re-add has none. `terms` is what the full-text index keeps
   * (lib/archive/index-terms.ts indexTerms).
   */
  add(input: ArchiveInput, terms: string, now?: Date): Promise<ArchiveAddOutcome>;
  /** add for many articles in one transaction (a failure rolls back the whole call). */
  addMany(items: { input: ArchiveInput; terms: string }[], now?: Date): Promise<ArchiveAddOutcome[]>;
  /** The article, or null when unknown or deleted. */
  get(id: string): Promise<ArchiveArticle | null>;
  /** Articles newest first (by published, then added), `limit` from `offset`, and how many there are. */
  list(options?: { limit?: number; offset?: number }): Promise<{ total: number; articles: ArchiveSummary[] }>;
  /** Removes the article and its index entry; false when unknown. */
  delete(id: string): Promise<boolean>;
  /**
   * The best `limit` articles for index terms given heaviest first, by the database's
   * full-text rank over the articles that match (archive-rows.ts planMatches): two of the
   * informative terms (held by some article but not by many), else one, else two of any
   * terms, else any term. What the rank reads is bounded (RANK_ROWS), so a suspect that
   * shares only common terms with the archive costs no more than one that shares names.
   */
  search(terms: readonly string[], limit: number): Promise<ArchiveHit[]>;
  /** How many articles there are. */
  count(): Promise<number>;
  close(): Promise<void>;
}
