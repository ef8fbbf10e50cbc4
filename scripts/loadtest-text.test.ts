import { describe, expect, it } from "vitest";
import { generateArticlePair } from "./loadtest-text";

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe("generateArticlePair", () => {
  it("writes an original of about the requested length, in paragraphs", () => {
    const { original } = generateArticlePair(1);
    expect(wordCount(original)).toBeGreaterThanOrEqual(1000);
    expect(wordCount(original)).toBeLessThan(1060);
    expect(original.split("\n\n").length).toBeGreaterThan(5);
  });

  it("spins the copy the way spinners do: garbled phrases and synonyms, mostly the same length", () => {
    const { original, suspect } = generateArticlePair(2);
    expect(suspect).not.toBe(original);
    expect(suspect).toMatch(/detective agency|squeeze gathering|top clergyman|provide chain|inventory market|weighty rain|open transport|work market/);
    expect(wordCount(suspect) / wordCount(original)).toBeGreaterThan(0.85);
  });

  it("is repeatable per seed and varies between seeds", () => {
    expect(generateArticlePair(3)).toEqual(generateArticlePair(3));
    expect(generateArticlePair(3).original).not.toBe(generateArticlePair(4).original);
  });
});
