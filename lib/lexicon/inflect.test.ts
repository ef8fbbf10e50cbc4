import { describe, expect, it } from "vitest";
import { inflectLike } from "./inflect";

describe("inflectLike", () => {
  it.each([
    ["harvests", "harvest", "crop", "noun", "crops"],
    ["rising", "rise", "climb", "verb", "climbing"],
    ["harder", "hard", "tough", "adj", "tougher"],
    ["cheaper", "cheap", "inexpensive", "adj", null],
    ["largest", "large", "declamatory", "adj", null],
    ["biggest", "big", "large", "adj", "largest"],
    ["bigger", "big", "fat", "adj", "fatter"],
    ["happier", "happy", "merry", "adj", "merrier"],
    ["eager", "eager", "keen", "adj", "keen"],
  ] as const)("%s (%s) + %s → %s", (written, lemma, replacement, pos, expected) => {
    expect(inflectLike(written, lemma, replacement, pos)).toBe(expected);
  });
});
