import { dataFileBuffer, WORDNET_POS } from "../../lib/lexicon/wordnet-files";

/** Shorter examples are fragments ("a brisk walk"), not sentences with context. */
const MIN_WORDS = 7;

/**
 * Honest English sentences in quantity, from a source nobody on the team wrote: WordNet
 * 3.1's usage examples (the quoted sentences after each gloss, ~48k, edited by
 * lexicographers). Deterministic order (file order), duplicates dropped; each sentence
 * gets a capital and a full stop so it reads as prose.
 */
export function wordNetExampleSentences(): string[] {
  const seen = new Set<string>();
  for (const pos of WORDNET_POS) {
    for (const line of dataFileBuffer(pos).toString("latin1").split("\n")) {
      const bar = line.indexOf(" | ");
      if (bar === -1) continue;
      for (const match of line.slice(bar + 3).matchAll(/"([^"]+)"/g)) {
        const example = (match[1] ?? "").trim();
        if (example.split(/\s+/).length < MIN_WORDS || !/^[a-zA-Z]/.test(example) || /[^\x20-\x7e]/.test(example)) continue;
        const sentence = `${example[0]!.toUpperCase()}${example.slice(1)}${/[.!?]$/.test(example) ? "" : "."}`;
        seen.add(sentence);
      }
    }
  }
  return [...seen];
}
