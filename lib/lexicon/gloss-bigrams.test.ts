import { describe, expect, it } from "vitest";
import { glossBigramCount } from "./gloss-bigrams";

describe("glossBigramCount", () => {
  it("counts pairs that WordNet's glosses use", () => {
    expect(glossBigramCount("small", "number")).toBeGreaterThanOrEqual(10);
    expect(glossBigramCount("Prime", "Minister")).toBeGreaterThanOrEqual(20);
  });

  it("finds the first and last pairs of the sorted table", () => {
    expect(glossBigramCount("aaron", "burr")).toBeGreaterThan(0);
    expect(glossBigramCount("zygomatic", "arch")).toBe(2);
    expect(glossBigramCount("zzz", "zzz")).toBe(0);
  });

  it("gives 0 for pairs no gloss uses and for a prefix of a real pair", () => {
    expect(glossBigramCount("little", "number")).toBe(0);
    expect(glossBigramCount("small", "numb")).toBe(0);
  });
});
