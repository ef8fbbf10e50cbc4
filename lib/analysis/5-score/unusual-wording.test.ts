import { describe, expect, it } from "vitest";
import { unseenContentPairs, unusualWordingShare } from "./unusual-wording";
import { WATER_RATES_HONEST, WATER_RATES_SPUN } from "./fixtures/water-rates";

describe("unseenContentPairs", () => {
  it("counts content-word pairs the language model never saw, never across punctuation or a function word", () => {
    expect(unseenContentPairs("They met the prime minister.")).toEqual({ pairs: 1, unseen: 0 });
    expect(unseenContentPairs("They met the prime clergyman.")).toEqual({ pairs: 1, unseen: 1 });
    // Punctuation and function words part the words; names are not counted.
    expect(unseenContentPairs("A minister, clergyman and Tony Blair of London.")).toEqual({ pairs: 0, unseen: 0 });
  });
});

describe("unusualWordingShare", () => {
  it("leaves honest news copy alone and reads thesaurus-swapped copy as unusual throughout", () => {
    expect(unusualWordingShare(WATER_RATES_HONEST)).toBeNull();
    expect(unusualWordingShare(WATER_RATES_SPUN)).toBeGreaterThan(0.6);
  });

  it("says nothing about a text too short to measure", () => {
    expect(unusualWordingShare("The civic leader said the expansion was agonizing.")).toBeNull();
  });
});
