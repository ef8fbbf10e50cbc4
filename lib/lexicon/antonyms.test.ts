import { describe, expect, it } from "vitest";
import { areOpposites, areOppositeThroughRelatives } from "./antonyms";

describe("opposites", () => {
  it("reads WordNet's antonyms in inflected forms, comparatives in -ier too", () => {
    expect(areOpposites("rose", "fell")).toBe(true);
    expect(areOpposites("easier", "harder")).toBe(true);
    expect(areOpposites("said", "told")).toBe(false);
  });

  it("makes two grammar words opposites only word to word, never through rare senses' heads", () => {
    expect(areOpposites("up", "down")).toBe(true);
    expect(areOpposites("then", "in")).toBe(false);
    expect(areOppositeThroughRelatives("then", "in")).toBe(false);
  });

  it("finds opposites through a relative: a kind of the opposite, kinds of two opposites, a sense shared with the antonym", () => {
    expect(areOppositeThroughRelatives("allowed", "banned")).toBe(true);
    expect(areOppositeThroughRelatives("rose", "plunged")).toBe(true);
    expect(areOppositeThroughRelatives("growing", "shrinking")).toBe(true);
    expect(areOppositeThroughRelatives("gained", "lost")).toBe(true);
    // Through a sense a reader of market news picks, not only the first two ("slump": go down in value).
    expect(areOppositeThroughRelatives("climbed", "slumped")).toBe(true);
  });

  it("never makes opposites of words WordNet gives as synonyms, whatever their relatives' antonyms", () => {
    for (const [a, b] of [["sent", "shipped"], ["rose", "climbed"], ["fell", "dropped"], ["held", "kept"], ["cut", "reduced"], ["began", "started"], ["hot", "warm"]]) {
      expect(areOppositeThroughRelatives(a!, b!)).toBe(false);
    }
  });
});
