import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { alignSentences } from "./align";
import { segmentSentences } from "../1-segment/segment";
import type { Doc } from "../types";

const doc = (text: string): Doc => ({ text, sentences: segmentSentences(text) });
const pairs = (original: string, suspect: string) =>
  alignSentences(doc(original), doc(suspect)).map((a) => [a.original, a.suspect]);

const EXAMPLES = new URL("../../../../shared/examples/", import.meta.url);
const hasExamples = existsSync(new URL("north-korea-iran.suspect.txt", EXAMPLES));

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

  it("pairs a reworded lead with the original's lead, not with the headline it shares words with", () => {
    const original = [
      "HARBOUR BOARD APPROVES DREDGING CONTRACT, ENDING SHIPPING FEARS",
      "",
      "Porto will spend 14 million euros deepening its northern channel, the first such work in 30 years, after Maersk and MSC warned that their largest vessels could stop calling.",
      "",
      "Mayor Ines Carvalho said the city would not raise port fees this year.",
    ].join("\n");
    // No headline; the lead takes the headline's words and the original lead's facts (Porto, 30 years, the channel).
    const suspect = [
      "The harbour board approves a dredging contract, ending shipping fears, as Porto's channel gets deeper for the first time in 30 years.",
      "",
      "Mayor Ines Carvalho said the city would not lift port charges this year.",
    ].join("\n");
    expect(pairs(original, suspect)).toEqual([[[1], [0]], [[2], [1]]]);
  });

  it("pairs a headline only with a headline", () => {
    const original = "PORT STRIKE ENDS AFTER 12 DAYS AT TERMINAL 4\n\nDockworkers at Terminal 4 ended a 12-day strike on Monday after winning a rise in night-shift pay.";
    const suspect = "Terminal 4 Walkout Over After 12 Days\n\nDockworkers at Terminal 4 called off their 12-day walkout on Monday once night-shift pay was raised.";
    expect(pairs(original, suspect)).toEqual([[[0], [0]], [[1], [1]]]);
    // Without a headline in the suspect, the original's stays one-sided.
    expect(pairs(original, suspect.split("\n\n")[1]!)).toEqual([[[1], [0]]]);
  });

  it("leaves both sides one-sided when a reader would see no relation", () => {
    const original = `${STORY[0]} ${STORY[1]} ${STORY[2]}`;
    const suspect = `${STORY[0]} A new ferry for tourists will start running in March, a spokesman said. ${STORY[2]}`;
    expect(pairs(original, suspect)).toEqual([[[0], [0]], [[2], [2]]]);
  });

  it.skipIf(!hasExamples)("pairs the shared example's reworded lead with the original's lead, and its headline with nothing", () => {
    const read = (side: string) => readFileSync(new URL(`north-korea-iran.${side}.txt`, EXAMPLES), "utf8");
    const original = doc(read("original"));
    const suspect = doc(read("suspect"));
    const alignments = alignSentences(original, suspect);
    expect(alignments.find((a) => a.suspect.includes(0))?.original).toEqual([1]);
    expect(alignments.some((a) => a.original.includes(0))).toBe(false);
  });
});
