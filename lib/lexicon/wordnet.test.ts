import { describe, expect, it } from "vitest";
import { isCompassPoint, isKindOf, isProperNameFirst, isUnitNoun, isWordNetPhrase, lemmasOf, lemmatize, synonymsOf, wordRelation } from "./wordnet";

describe("lemmatize", () => {
  it.each([
    ["studies", undefined, "study"],
    ["went", undefined, "go"],
    ["women", undefined, "woman"],
    ["agencies", "noun", "agency"],
    ["troubled", "adj", "troubled"],
    ["troubled", "verb", "trouble"],
    ["smallest", "adj", "small"],
    ["better", "adj", "good"],
    ["country's", "noun", "country"],
    // A consonant doubled before the ending.
    ["acquitted", "verb", "acquit"],
    ["stopped", "verb", "stop"],
    ["planning", "verb", "plan"],
    ["travelled", "verb", "travel"],
    ["hottest", "adj", "hot"],
    ["stalled", "verb", "stall"],
    // The past of a verb in -y.
    ["denied", "verb", "deny"],
    ["carried", "verb", "carry"],
    ["xqzt", undefined, "xqzt"],
  ] as const)("%s (%s) → %s", (word, pos, lemma) => {
    expect(lemmatize(word, pos)).toBe(lemma);
  });

  it("keeps a plural that WordNet lists as its own lemma beside the singular", () => {
    expect(lemmasOf("arms", "noun")).toEqual(["arms", "arm"]);
  });
});

describe("synonymsOf", () => {
  it("lists lemmas that share a synset, across senses", () => {
    const synonyms = synonymsOf("agency", "noun");
    expect(synonyms).toContain("bureau");
    expect(synonyms).toContain("government agency");
    expect(synonyms).not.toContain("agency");
  });

  it("returns nothing for an unknown word", () => {
    expect(synonymsOf("qwzxv")).toEqual([]);
  });
});

describe("wordRelation", () => {
  it.each([
    ["studies", "study", "same"],
    ["Little", "small", "synonym"],
    ["disturbed", "troubled", "synonym"],
    ["said", "stated", "synonym"],
    ["teacher", "professor", "related"],
    ["generation", "decade", "related"],
    ["authority", "expert", "near"],
    ["hands", "arms", "near"],
    ["car", "banana", null],
    ["new", "foreign", null],
  ] as const)("%s ~ %s is %s", (a, b, relation) => {
    expect(wordRelation(a, b)).toBe(relation);
  });
});

describe("isKindOf", () => {
  it.each([
    ["ecologist", "scientist", true],
    ["husband", "spouse", true],
    ["husband", "brother", false],
    ["scientist", "ecologist", false],
    ["founder", "lawyer", false],
  ] as const)("%s is a kind of %s: %s", (specific, general, expected) => {
    expect(isKindOf(specific, general, "noun")).toBe(expected);
  });
});

describe("isWordNetPhrase", () => {
  it("finds multiword lemmas, with an inflected last word", () => {
    expect(isWordNetPhrase(["intelligence", "agency"])).toBe(true);
    expect(isWordNetPhrase(["Intelligence", "agencies"])).toBe(true);
    expect(isWordNetPhrase(["prime", "minister"])).toBe(true);
  });

  it("rejects pairs WordNet does not list", () => {
    expect(isWordNetPhrase(["studies", "teacher"])).toBe(false);
    expect(isWordNetPhrase(["agency"])).toBe(false);
  });
});

describe("isCompassPoint", () => {
  it("knows compass directions and their -ern adjectives, not other words", () => {
    for (const word of ["north", "south", "southwest", "northern", "western"]) expect(isCompassPoint(word), word).toBe(true);
    for (const word of ["point", "left", "upper", "modern", "pattern", "cavern"]) expect(isCompassPoint(word), word).toBe(false);
  });
});

describe("isProperNameFirst", () => {
  it("knows names whose commonest sense WordNet writes with a capital", () => {
    for (const word of ["croatia", "china", "paris", "tehran"]) expect(isProperNameFirst(word), word).toBe(true);
  });

  it("says no to common words, and to names that are common words first", () => {
    for (const word of ["police", "officials", "mark", "turkey", "scientists"]) expect(isProperNameFirst(word), word).toBe(false);
  });
});

describe("unit nouns", () => {
  it("reads units of time, length and money, never a grammar word WordNet also lists as one", () => {
    for (const word of ["weeks", "kilometres", "dollars"]) expect(isUnitNoun(word), word).toBe(true);
    // "over" in cricket, "in" for inch.
    for (const word of ["over", "in"]) expect(isUnitNoun(word), word).toBe(false);
  });
});
