import { describe, expect, it } from "vitest";
import { association, isSeenPair, phraseLogProb, wordLogProb } from "./phrase-stats";
import { thesaurusSubstitutes } from "./substitutes";

describe("phrase statistics from the n-gram model", () => {
  it("scores established phrases far above their garbled versions", () => {
    const pairs: [string, string, string][] = [
      ["prime", "minister", "clergyman"],
      ["supreme", "court", "tribunal"],
      ["climate", "change", "alteration"],
    ];
    for (const [first, good, bad] of pairs) {
      expect(association(first, good)!).toBeGreaterThan(association(first, bad)! + 2);
      expect(isSeenPair(first, good)).toBe(true);
      expect(isSeenPair(first, bad)).toBe(false);
    }
  });

  it("judges a British phrase in the spelling the US model knows best", () => {
    // The model never saw "defence pact"; it knows "defense pact" well.
    expect(association("defence", "pact")!).toBeGreaterThan(1.5);
    expect(isSeenPair("defence", "pact")).toBe(true);
    expect(isSeenPair("neighbourhood", "watch")).toBe(true);
    expect(wordLogProb("jewellery")).not.toBeNull();
  });

  it("knows common words are common and has nothing to say of unknown ones", () => {
    expect(wordLogProb("the")!).toBeGreaterThan(wordLogProb("clergyman")!);
    expect(wordLogProb("qzxvbnm")).toBeNull();
    expect(association("qzxvbnm", "court")).toBeNull();
    expect(phraseLogProb(["press", "conference"])!).toBeGreaterThan(phraseLogProb(["push", "meeting"])!);
  });
});

describe("thesaurus substitutes", () => {
  it("offers WordNet synonyms in the written inflection, commonest first", () => {
    const substitutes = thesaurusSubstitutes("tribunals");
    expect(substitutes).toContain("courts");
    expect(substitutes.every((w) => w.endsWith("s"))).toBe(true);
    const frequencies = substitutes.map((w) => wordLogProb(w) ?? -Infinity);
    expect(frequencies).toEqual([...frequencies].sort((a, b) => b - a));
  });

  it("offers nothing for names, numbers and unknown words", () => {
    expect(thesaurusSubstitutes("Obama")).toEqual([]);
    expect(thesaurusSubstitutes("2024")).toEqual([]);
    expect(thesaurusSubstitutes("qzxvbnm")).toEqual([]);
  });
});
