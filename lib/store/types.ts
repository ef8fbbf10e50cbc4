import type { Analysis } from "@/lib/analysis/types";

/** What a stored result looks like to the app and the API. */
export type StoredResult = {
  id: string;
  /** ISO 8601 */
  createdAt: string;
  /** ISO 8601, or null when results are kept forever (UNSPUN_RETENTION_DAYS=0). */
  expiresAt: string | null;
  analysis: Analysis;
};

/** A stored result with its analysis as JSON in UTF-8 bytes, ready to send. */
export type StoredResultJson = Omit<StoredResult, "analysis"> & { analysisJson: Uint8Array };

export type SavedResult = {
  id: string;
  /** Secret that lets the creator delete the result; stored only as a hash. */
  deleteToken: string;
  createdAt: string;
  expiresAt: string | null;
};

export type DeleteOutcome = "deleted" | "not-found" | "forbidden";

/**
 * Result storage: SQLite (default) and PostgreSQL (DATABASE_URL) implement it, and one
 * shared test suite runs against both.
 */
export interface ResultStore {
  /**
   * Stores an analysis atomically: after a crash it is either whole or absent.
   * `ownerKey`, when given, is the creating browser's key (kept only as a hash): it lets
   * that browser delete the result too (deleteAsOwner), whatever it created since.
   */
  save(analysis: Analysis, now?: Date, ownerKey?: string): Promise<SavedResult>;
  /** save, for an analysis already serialised with JSON.stringify (as the analysis workers give it). */
  saveJson(analysisJson: string, now?: Date, ownerKey?: string): Promise<SavedResult>;
  /** The result, or null when unknown, deleted or expired. */
  get(id: string, now?: Date): Promise<StoredResult | null>;
  /** Like get, with the analysis as the JSON bytes it was stored as (the API's reads). */
  getJson(id: string, now?: Date): Promise<StoredResultJson | null>;
  /**
   * Whether the result exists and has not expired at `now`: one look-up by id, no body (the
   * read cache's check that another instance has not deleted what it holds).
   */
  isLive(id: string, now?: Date): Promise<boolean>;
  /**
   * Deletes the result (and its text) when the token matches; an expired result at `now`
   * is "not-found", like an unknown one.
   */
  delete(id: string, deleteToken: string, now?: Date): Promise<DeleteOutcome>;
  /** Whether `ownerKey` is the key the result was saved with (false when unknown, expired or saved without one). */
  isOwnedBy(id: string, ownerKey: string, now?: Date): Promise<boolean>;
  /** delete, proven by the creating browser's owner key instead of the delete token. */
  deleteAsOwner(id: string, ownerKey: string, now?: Date): Promise<DeleteOutcome>;
  /** Removes expired results; returns how many. */
  purgeExpired(now?: Date): Promise<number>;
  close(): Promise<void>;
}
