import type { Term } from "./terms";

/**
 * How many terms a search asks the full-text index for. Enough that the source still
 * matches on what survived (names, numbers, rare words) after a spinner replaced most
 * common words; few enough that a query stays a few posting lists. Checked on the
 * eval corpus spun copies against 100,000 generated articles (npm run bench:archive).
 */
export const QUERY_TERMS = 48;

/**
 * Terms lighter than this are left out of the full-text index, and so out of every query.
 * A search asks for its QUERY_TERMS heaviest terms, and in 300–600-word articles the 48th
 * already weighs 4.4 or more (generated articles of npm run bench:archive and the eval
 * corpus's spun copies), so a floor of 3 never takes a term a query of that length would
 * ask for. What it drops is the commonest vocabulary ("said", "year", their senses):
 * about 45% of an article's terms, which were the bulk of the index's size and write time.
 */
export const INDEX_WEIGHT_FLOOR = 3;

/** How much a term says about which article this is: a number or a name says most. */
export function termWeight(term: Term): number {
  if (term.kind === "number") return 7;
  if (term.kind === "name") return 2 + term.rarity;
  // A synset term stands for the sense, shared with synonyms: worth a little less than the word.
  return term.term.startsWith("s") ? term.rarity * 0.8 : term.rarity;
}

/** The distinct terms of a suspect with the highest weight each term reaches. */
export function weighTerms(terms: readonly Term[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (const term of terms) weights.set(term.term, Math.max(weights.get(term.term) ?? 0, termWeight(term)));
  return weights;
}

/**
 * The QUERY_TERMS heaviest terms, heaviest first: what the index is asked for. Terms under
 * INDEX_WEIGHT_FLOOR are never asked for (the index does not hold them).
 */
export function selectQueryTerms(weights: ReadonlyMap<string, number>, limit = QUERY_TERMS): string[] {
  return [...weights]
    .filter(([, weight]) => weight >= INDEX_WEIGHT_FLOOR)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([term]) => term);
}
