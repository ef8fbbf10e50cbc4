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
 * Of a query's informative terms, how many form the pairs an article must match two of:
 * two of twelve names, numbers or rare words keeps the source and a few others.
 */
export const PAIR_TERMS = 12;

/**
 * A term that 500 or more articles hold does not pre-select: pairs of such terms matched
 * up to 30,000 of 100,000 generated articles (a recurring name, a topic's rare word), and
 * ranking that many rows took PostgreSQL seconds. Pairs of rarer terms match at most
 * PAIR_TERMS × 500 rows, a few dozen in practice. Measured with npm run bench:archive.
 */
export const COMMON_TERM_ARTICLES = 500;

/** Terms whose article counts one probe asks for, heaviest first: enough to find PAIR_TERMS informative ones. */
export const PROBE_TERMS = 24;

/** Rows the ranking stage reads at most, whatever the match: the bound on a search's cost when every shared term is common. */
export const RANK_ROWS = 2_000;

/**
 * How a backend counts articles holding each term, stopping at `cap` (a count of `cap`
 * means "at least cap"): SQLite reads FTS5 doclists, PostgreSQL the GIN index.
 */
export type CountUpTo = (terms: readonly string[], cap: number) => Promise<Map<string, number>>;

/**
 * The matches to try in turn, each a list of alternatives whose terms an article must all
 * hold (terms heaviest first, as safeTerms gives them): pairs of the informative terms
 * (held by some article, but by fewer than COMMON_TERM_ARTICLES), else any one informative
 * term, else pairs of the heaviest terms any article holds, else any such term. `rank` is
 * every term some article holds, for the backend's rank. Terms are probed PROBE_TERMS at
 * a time until PAIR_TERMS informative ones are found or all are probed.
 */
export async function planMatches(terms: readonly string[], countUpTo: CountUpTo): Promise<{ tiers: string[][][]; rank: string[] }> {
  const counts = new Map<string, number>();
  const informative: string[] = [];
  for (let at = 0; at < terms.length && informative.length < PAIR_TERMS; at += PROBE_TERMS) {
    const chunk = terms.slice(at, at + PROBE_TERMS);
    for (const [term, n] of await countUpTo(chunk, COMMON_TERM_ARTICLES)) counts.set(term, n);
    for (const term of chunk) if ((counts.get(term) ?? 0) > 0 && counts.get(term)! < COMMON_TERM_ARTICLES) informative.push(term);
  }
  // Terms never probed may still be held: only a counted zero rules a term out.
  const held = terms.filter((t) => counts.get(t) !== 0);
  const head = informative.slice(0, PAIR_TERMS);
  const tiers: string[][][] = [];
  if (head.length >= 2) tiers.push(termPairs(head));
  if (head.length >= 1) tiers.push(head.map((t) => [t]));
  if (held.length >= 2) tiers.push(termPairs(held));
  if (held.length >= 1) tiers.push(held.map((t) => [t]));
  return { tiers, rank: held };
}

/** Every pair of the first PAIR_TERMS terms, as [a, b] (none for fewer than two terms). */
export function termPairs(terms: readonly string[]): [string, string][] {
  const head = terms.slice(0, PAIR_TERMS);
  const pairs: [string, string][] = [];
  for (let i = 0; i < head.length; i++) for (let j = i + 1; j < head.length; j++) pairs.push([head[i]!, head[j]!]);
  return pairs;
}
