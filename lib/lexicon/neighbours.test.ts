import { describe, expect, it } from "vitest";
import { loadLanguageModel } from "./ngram/index";
import { hasNeighbours, wordNeighbours } from "./neighbours";

describe("word neighbours", () => {
  it("finds the words that keep a word's company, nearest first", () => {
    const neighbours = wordNeighbours("minister");
    expect(neighbours.length).toBe(20);
    expect(neighbours.map((n) => n.word)).toEqual(expect.arrayContaining(["prime", "cabinet", "ministry"]));
    const similarities = neighbours.map((n) => n.similarity);
    expect(similarities).toEqual([...similarities].sort((a, b) => b - a));
    expect(similarities.every((s) => s > 0 && s <= 1)).toBe(true);
  });

  it("reaches a spinner's rare synonym back to the everyday word", () => {
    expect(wordNeighbours("tribunal").map((n) => n.word)).toContain("court");
  });

  it("looks words up case-insensitively and never lists a word as its own neighbour", () => {
    expect(wordNeighbours("Agency")).toEqual(wordNeighbours("agency"));
    expect(wordNeighbours("agency").map((n) => n.word)).not.toContain("agency");
  });

  it("answers nothing for words outside the table", () => {
    expect(hasNeighbours("qzxvbnmw")).toBe(false);
    expect(wordNeighbours("qzxvbnmw")).toEqual([]);
    expect(wordNeighbours("Minister's")).toEqual([]);
  });

  it("offers only words the language model can score", () => {
    const lm = loadLanguageModel();
    for (const word of ["court", "said", "agency", "cohesion"]) {
      for (const { word: neighbour } of wordNeighbours(word)) expect(lm.knowsWord(neighbour)).toBe(true);
    }
  });
});
