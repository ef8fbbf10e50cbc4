import { createHash } from "node:crypto";
import type { ArchiveArticle, ArchiveSummary } from "@/lib/archive/types";

/** One archive row as both backends read it (times as epoch ms or Date). */
export type ArchiveRow = {
  id: string;
  title: string;
  url: string | null;
  published: string | null;
  text?: string;
  words: number;
  added_at: number | Date;
  updated_at: number | Date;
};

/**
 * The identity of a text for "same text" re-adds: SHA-256 of the text with whitespace
 * collapsed, so a file saved again with other line ends is still the same article.
 */
export function textHash(text: string): string {
  return createHash("sha256").update(text.replace(/\s+/g, " ").trim()).digest("hex");
}

/** Words in a text, for the list (a whitespace split: cheap and good enough for a count). */
export function wordsIn(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
}

const iso = (value: number | Date) => new Date(value).toISOString();

export function summaryOf(row: ArchiveRow): ArchiveSummary {
  return { id: row.id, title: row.title, url: row.url, published: row.published, words: row.words, addedAt: iso(row.added_at), updatedAt: iso(row.updated_at) };
}

export function articleOf(row: ArchiveRow & { text: string }): ArchiveArticle {
  const { words: _words, ...summary } = summaryOf(row);
  return { ...summary, text: row.text };
}

/** Index terms are alphanumeric by construction; anything else never reaches a query. */
export function safeTerms(terms: readonly string[]): string[] {
  return [...new Set(terms.filter((t) => /^[a-z0-9]+$/.test(t)))];
}

/**
 * Of a query's heaviest terms, how many form the pairs an article must match two of.
 * Matching any one term lets a common word pull in most of a 100,000-article archive
 * for ranking (PostgreSQL's ts_rank then took ~300 ms); two of the twelve heaviest (names,
 * numbers, rare words) keeps the source and a few hundred others. Measured with npm run
 * bench:archive.
 */
export const PAIR_TERMS = 12;

/** Every pair of the first PAIR_TERMS terms, as [a, b] (none for fewer than two terms). */
export function termPairs(terms: readonly string[]): [string, string][] {
  const head = terms.slice(0, PAIR_TERMS);
  const pairs: [string, string][] = [];
  for (let i = 0; i < head.length; i++) for (let j = i + 1; j < head.length; j++) pairs.push([head[i]!, head[j]!]);
  return pairs;
}
