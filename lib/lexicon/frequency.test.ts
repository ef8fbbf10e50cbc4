import { describe, expect, it } from "vitest";
import { wordCount, zipfFrequency } from "./frequency";

describe("zipfFrequency", () => {
  it("puts function words near 7 and rare words near 2", () => {
    expect(zipfFrequency("the")).toBeGreaterThan(7);
    expect(zipfFrequency("cohesion")).toBeLessThan(2.5);
    expect(zipfFrequency("teacher")).toBeGreaterThan(zipfFrequency("eminently"));
  });

  it("ignores case and folds curly apostrophes", () => {
    expect(zipfFrequency("What")).toBe(zipfFrequency("what"));
    expect(wordCount("don’t")).toBe(wordCount("don't"));
  });

  it("gives 0 for a word the corpus never saw", () => {
    expect(zipfFrequency("qwzxvb")).toBe(0);
    expect(zipfFrequency("")).toBe(0);
  });
});
