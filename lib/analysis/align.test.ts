import { describe, expect, it } from "vitest";
import { alignSentences } from "./align";
import { segmentSentences } from "./segment";
import type { Doc } from "./types";

const doc = (text: string): Doc => ({ text, sentences: segmentSentences(text) });
const pairs = (original: string, suspect: string) =>
  alignSentences(doc(original), doc(suspect)).map((a) => [a.original, a.suspect]);

const STORY = [
  "The Harbour Board approved a 14 million euro dredging contract for the northern basin on Tuesday.",
  "Dockworkers at Terminal 4 walked out for twelve days in March over night-shift pay.",
  "Mayor Ines Carvalho said the city would not raise port fees this year.",
  "Container traffic fell by 8 percent during the strike, according to the port authority.",
];

describe("alignSentences", () => {
  it("pairs every sentence of identical texts with itself", () => {
    const text = STORY.join(" ");
    expect(pairs(text, text)).toEqual(STORY.map((_, i) => [[i], [i]]));
  });

  it("finds a sentence moved far away", () => {
    const reordered = [STORY[3], STORY[1], STORY[2], STORY[0]].join(" ");
    expect(pairs(STORY.join(" "), reordered)).toEqual([[[3], [0]], [[1], [1]], [[2], [2]], [[0], [3]]]);
  });

  it("groups a sentence split in two with its original", () => {
    const split = [
      STORY[0],
      "Dockworkers at Terminal 4 walked out for twelve days in March.",
      "The dispute at Terminal 4 was over night-shift pay.",
      STORY[2],
    ].join(" ");
    expect(pairs(STORY.slice(0, 3).join(" "), split)).toEqual([[[0], [0]], [[1], [1, 2]], [[2], [3]]]);
  });

  it("groups two merged sentences with the one that joins them", () => {
    const merged = `${STORY[0]} Dockworkers at Terminal 4 walked out for twelve days in March over night-shift pay, and Mayor Ines Carvalho said the city would not raise port fees this year.`;
    expect(pairs(STORY.slice(0, 3).join(" "), merged)).toEqual([[[0], [0]], [[1, 2], [1]]]);
  });

  it("leaves sentences with no counterpart out of every alignment", () => {
    const suspect = `${STORY[0]} A celebrity chef opened a seafood restaurant near the lighthouse last spring. ${STORY[2]}`;
    expect(pairs(STORY.slice(0, 3).join(" "), suspect)).toEqual([[[0], [0]], [[2], [2]]]);
  });

  it("aligns nothing between unrelated articles", () => {
    const other = "The orchestra announced its winter season. Tickets for the opening concert sold out within an hour. The conductor will retire next year.";
    expect(pairs(STORY.join(" "), other)).toEqual([]);
  });
});
