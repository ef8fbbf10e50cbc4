import { describe, expect, it } from "vitest";
import { alignSentences } from "./align";
import { segmentSentences } from "../1-segment/segment";
import type { Doc } from "../types";

const doc = (text: string): Doc => ({ text, sentences: segmentSentences(text) });
const pairs = (original: string[], suspect: string[]) =>
  alignSentences(doc(original.join(" ")), doc(suspect.join(" "))).map((a) => [a.original, a.suspect]);

const BEFORE = "The Harbour Board approved a 14 million euro dredging contract for the northern basin on Tuesday.";
const AFTER = "Container traffic fell by 8 percent during the strike, according to the port authority.";

describe("sentences reworded past their shared words", () => {
  it("pairs a sentence spun word for word where it stands, between the same neighbours", () => {
    const original = [BEFORE, "Several residents of the valley spoke before the vote was taken.", AFTER];
    const spun = [BEFORE, "A few occupants of the vale talked before the ballot was taken.", AFTER];
    expect(pairs(original, spun)).toEqual([[[0], [0]], [[1], [1]], [[2], [2]]]);
  });

  it("leaves apart two sentences on one topic that share words in no order", () => {
    const original = [BEFORE, "Castlegate tried to sell the harbour two years ago but withdrew it from the market.", AFTER];
    const other = [BEFORE, "The shipping business has seen a wave of mergers in recent years.", AFTER];
    expect(pairs(original, other)).toEqual([[[0], [0]], [[2], [2]]]);
  });

  it("joins a split-off half of a spun sentence to its group when it says the statement's words in order", () => {
    const original = [BEFORE, "Officials in Oslo signed a defence cooperation agreement on Tuesday that lets both navies train together in northern waters.", AFTER];
    const spun = [BEFORE, "Authorities in Oslo signed a guard participation understanding on Monday.", "It lets both navies train together in northern waters.", AFTER];
    expect(pairs(original, spun)).toEqual([[[0], [0]], [[1], [1, 2]], [[2], [3]]]);
  });

  it("leaves a short neighbour that shares a word or two with the statement on its own", () => {
    const original = [BEFORE, "Officials in Oslo signed a defence agreement on Tuesday that lets both navies train together in northern waters.", AFTER];
    const spun = [BEFORE, "Officials in Oslo signed a defence agreement on Tuesday that lets both navies train together in northern waters.", "The navies did not say more.", AFTER];
    expect(pairs(original, spun)).toEqual([[[0], [0]], [[1], [1]], [[2], [3]]]);
  });

  it("pairs a sentence whose only change is a lost or turned quotation mark", () => {
    const original = [BEFORE, '"I was not."', AFTER];
    const spun = [BEFORE, "I was not.”", AFTER];
    expect(pairs(original, spun)).toEqual([[[0], [0]], [[1], [1]], [[2], [2]]]);
  });
});
