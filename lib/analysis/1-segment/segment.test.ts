import { describe, expect, it } from "vitest";
import { segmentSentences, wordBefore } from "./segment";

const sentencesOf = (text: string, locale = "en") => segmentSentences(text, locale).map((s) => text.slice(s.start, s.end));

describe("segmentSentences", () => {
  it("splits after a closing quote that ends a sentence", () => {
    expect(sentencesOf("He said, “The war has paved the way for cooperation.” The giving of a group followed.")).toEqual([
      "He said, “The war has paved the way for cooperation.”",
      "The giving of a group followed.",
    ]);
    expect(sentencesOf('She said "no." Then she left.')).toEqual(['She said "no."', "Then she left."]);
  });

  it("keeps abbreviations, spaced initials and split names inside one sentence", () => {
    expect(sentencesOf("U.S. Ambassador Linda Thomas- Greenfield spoke on Monday. It was brief.")).toEqual([
      "U.S. Ambassador Linda Thomas- Greenfield spoke on Monday.",
      "It was brief.",
    ]);
    expect(sentencesOf("a coalition against the U. S.”, said Koo Gi Yeon of Seoul.")).toHaveLength(1);
    expect(sentencesOf("Gen. Smith met Dr. Jones in Jan. this year.")).toHaveLength(1);
    expect(sentencesOf("The deal was struck in the U.S. The markets rose.")).toEqual(["The deal was struck in the U.S.", "The markets rose."]);
  });

  it("treats a headline with no full stop and blank-line paragraphs as separate sentences", () => {
    const text = "PORT STRIKE ENDS AFTER 12 DAYS\n\nWorkers returned on Monday. Ships queued outside.\n\n\nTalks resume next week.";
    expect(sentencesOf(text)).toEqual(["PORT STRIKE ENDS AFTER 12 DAYS", "Workers returned on Monday.", "Ships queued outside.", "Talks resume next week."]);
  });

  it("joins a hard-wrapped paragraph but not lines that end a paragraph", () => {
    expect(sentencesOf("The council voted on\nthe budget late on Tuesday.\nA dateline 2024-04-24")).toEqual([
      "The council voted on\nthe budget late on Tuesday.",
      "A dateline 2024-04-24",
    ]);
  });

  it("returns trimmed spans into the raw text, CRLF included", () => {
    const text = "  First one.\r\n\r\nSecond one!  ";
    const spans = segmentSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(["First one.", "Second one!"]);
    expect(spans[0]).toEqual({ start: 2, end: 12 });
  });

  it("gives nothing for whitespace and splits other languages with Intl.Segmenter", () => {
    expect(segmentSentences(" \n\t ")).toEqual([]);
    expect(sentencesOf("Der Rat tagte am Montag. Die Sitzung war kurz.", "und")).toEqual(["Der Rat tagte am Montag.", "Die Sitzung war kurz."]);
  });

  it("splits one long line of tiny sentences in other languages exactly as a short one", () => {
    const line = Array.from({ length: 3_000 }, (_, i) => (i % 7 === 0 ? "Ja (sagte er)." : "Go.")).join(" ");
    const expected = [...new Intl.Segmenter(undefined, { granularity: "sentence" }).segment(line)].map((s) => s.segment.trim());
    expect(sentencesOf(line, "und")).toEqual(expected);
  });
});

describe("wordBefore", () => {
  it("finds the same word before a full stop as the end-anchored pattern it replaces", () => {
    const pieces = ["a", "Z", "ü", "Ж", "7", ".", "'", "’", "-", " ", ",", "😀", "\ud800", "\udc00", "Dr", "U.S", "e\u0301", "中"];
    let state = 7;
    const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 3000; round++) {
      const body = Array.from({ length: 1 + Math.floor(next() * 30) }, () => pieces[Math.floor(next() * pieces.length)]).join("");
      const dot = Math.floor(next() * (body.length + 1));
      const expected = body.slice(Math.max(0, dot - 40), dot).match(/([\p{L}\p{N}.'’-]+)$/u)?.[1] ?? "";
      expect(wordBefore(body, dot), JSON.stringify([body, dot])).toBe(expected);
    }
  });
});
