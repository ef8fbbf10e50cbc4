import { extractTerms } from "./terms";
import { INDEX_WEIGHT_FLOOR, termWeight } from "./query-terms";

/**
 * The distinct terms of `text` that weigh at least INDEX_WEIGHT_FLOOR, space-separated:
 * what the full-text index stores for an article. Empty for a text of only common words.
 */
export function indexTerms(text: string): string {
  const kept = new Set<string>();
  for (const term of extractTerms(text)) if (termWeight(term) >= INDEX_WEIGHT_FLOOR) kept.add(term.term);
  return [...kept].join(" ");
}
