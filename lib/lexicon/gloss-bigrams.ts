import { GLOSS_BIGRAM_DATA } from "./gloss-bigram-data";

/**
 * How often "first second" occurs in WordNet's glosses and example sentences (pairs seen
 * at least twice; see build-gloss-bigrams.ts), or 0. Lower-case words; a binary search over
 * the sorted table, so there is no start-up cost.
 */
export function glossBigramCount(first: string, second: string): number {
  const key = `${first.toLowerCase()} ${second.toLowerCase()}\t`;
  const data = GLOSS_BIGRAM_DATA;
  let low = 0;
  let high = data.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const start = data.lastIndexOf("\n", mid - 1) + 1;
    const end = data.indexOf("\n", start);
    if (end === -1) {
      high = start;
      continue;
    }
    const line = data.slice(start, end);
    if (line.startsWith(key)) return Number(line.slice(key.length));
    if (line < key) low = end + 1;
    else high = start - 1;
  }
  return 0;
}
