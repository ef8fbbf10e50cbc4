import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lexiconDataFile } from "../data-dir";
import { loadLanguageModel, LANGUAGE_MODEL_FILE } from "./load-language-model";
import { TrieModel } from "./trie-model";

/** Scores libsphinxbase gave (scripts/build-lexicon/reference-queries.py): [ngram, log units, words used]. */
const reference = JSON.parse(readFileSync(new URL("./reference-queries.json", import.meta.url), "utf8")) as {
  queries: Array<[string, number, number]>;
};
const LOG10_PER_UNIT = Math.log10(1.0001);

describe("the n-gram model reader", () => {
  const lm = loadLanguageModel();

  it("gives the known English collocations their probabilities", () => {
    expect(lm.conditionalLogProb(["prime"], "minister")).toBeCloseTo(-0.42, 2);
    expect(lm.conditionalLogProb(["supreme"], "court")).toBeCloseTo(-0.15, 2);
    expect(lm.conditionalLogProb(["spy"], "agency")).toBeCloseTo(-1.96, 2);
    expect(lm.conditionalLogProb(["detective"], "agency")).toBeCloseTo(-1.91, 2);
    expect(lm.bigramLogProb("Prime", "Minister")).toBeCloseTo(-0.42, 2);
  });

  it("has no bigram for spinner wording and backs off to the unigram", () => {
    expect(lm.bigramLogProb("prime", "clergyman")).toBeNull();
    expect(lm.bigramLogProb("supreme", "tribunal")).toBeNull();
    const backedOff = lm.conditionalLogProb(["prime"], "clergyman") ?? 0;
    expect(backedOff).toBeLessThan(lm.unigramLogProb("clergyman") ?? 0);
    expect(backedOff).toBeLessThan(-6);
  });

  it("knows lower-case words and the sentence markers, and nothing made up", () => {
    expect(lm.vocabularySize).toBe(72_547);
    expect(lm.knowsWord("minister")).toBe(true);
    expect(lm.knowsWord("<s>")).toBe(true);
    expect(lm.knowsWord("</s>")).toBe(true);
    expect(lm.knowsWord("qzxvbnmw")).toBe(false);
    expect(lm.unigramLogProb("qzxvbnmw")).toBeNull();
    expect(lm.phraseLogProb(["the", "qzxvbnmw", "said"])).toBeNull();
  });

  it("scores a phrase as the sum of each word after the ones before it", () => {
    const words = ["the", "prime", "minister", "said"];
    const expected = (lm.unigramLogProb("the") ?? 0) + (lm.conditionalLogProb(["the"], "prime") ?? 0) +
      (lm.conditionalLogProb(["the", "prime"], "minister") ?? 0) + (lm.conditionalLogProb(["prime", "minister"], "said") ?? 0);
    expect(lm.phraseLogProb(words)).toBeCloseTo(expected, 10);
    expect(lm.phraseLogProb(["prime", "minister"])).toBeGreaterThan(lm.phraseLogProb(["prime", "clergyman"]) ?? 0);
  });

  it(`matches libsphinxbase on all ${reference.queries.length} reference queries`, () => {
    const trie = new TrieModel(readFileSync(lexiconDataFile(LANGUAGE_MODEL_FILE)));
    const mismatches: string[] = [];
    for (const [ngram, units, used] of reference.queries) {
      const words = ngram.split(" ");
      const word = words.at(-1) ?? "";
      const history = words.slice(0, -1);
      // The trie scorer with the library's own history (most recent first, cut at an unknown word).
      const ids: number[] = [];
      for (const w of [...history].reverse()) {
        const id = trie.wordId(w);
        if (id === undefined) break;
        ids.push(id);
      }
      const score = trie.score(trie.wordId(word) ?? -1, ids);
      const log10 = lm.conditionalLogProb(history, word) ?? Number.NaN;
      // The library truncates its float sum to an int32; within one unit (4.3e-5 in log10) is exact agreement.
      if (Math.trunc(score.units) !== units || score.used !== used || Math.abs(log10 - units * LOG10_PER_UNIT) > LOG10_PER_UNIT) {
        mismatches.push(`${ngram}: ours ${score.units}/${score.used}, library ${units}/${used}`);
      }
      const seen = history.length === 2 ? lm.trigramLogProb(...(history as [string, string]), word) : history.length === 1 ? lm.bigramLogProb(history[0] ?? "", word) : undefined;
      if (seen !== undefined && (seen === null) !== (used < words.length)) mismatches.push(`${ngram}: seen ${seen !== null}, library used ${used}`);
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  });
});
