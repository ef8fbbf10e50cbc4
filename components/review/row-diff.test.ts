import { describe, expect, it } from "vitest";
import type { Analysis } from "@/lib/analysis/browser";
import { diffRow, rowChanged, type DiffView } from "./row-diff";
import { buildRows } from "./rows";

function pairOf(original: string, suspect: string): Analysis {
  return {
    engine: "test",
    original: { text: original, sentences: [{ start: 0, end: original.length }] },
    suspect: { text: suspect, sentences: [{ start: 0, end: suspect.length }] },
    alignments: [{ original: [0], suspect: [0], similarity: 0.9 }],
    findings: [],
    summary: { verdict: "test", spinScore: 0.1, counts: {} },
  };
}

const strict: DiffView = { ignoreCase: false, ignorePunctuation: false, ignoreWhitespace: false };
const marks = (analysis: Analysis, view: DiffView) => {
  const row = buildRows(analysis)[0]!;
  const diff = diffRow(analysis, row, view);
  // The quick check that decides folding must agree with the diff on every case here.
  expect(rowChanged(analysis, row, view)).toBe(diff.changed);
  const cut = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));
  return {
    removed: cut(analysis.original!.text, diff.removed),
    added: cut(analysis.suspect.text, diff.added),
    space: cut(analysis.suspect.text, diff.spaceSuspect),
    changed: diff.changed,
  };
};

describe("diffRow", () => {
  it("marks removed words in the original and added words in the suspect", () => {
    const result = marks(pairOf("The spy agency said so.", "The detective agency said so."), strict);
    expect(result.removed).toEqual(["spy"]);
    expect(result.added).toEqual(["detective"]);
    expect(result.changed).toBe(true);
  });

  it("ignores case only when asked", () => {
    const analysis = pairOf("The Spy agency said so.", "The spy agency said so.");
    expect(marks(analysis, strict).added).toEqual(["spy"]);
    expect(marks(analysis, { ...strict, ignoreCase: true }).changed).toBe(false);
  });

  it("ignores punctuation only when asked", () => {
    const analysis = pairOf("He left, then returned.", "He left then returned!");
    expect(marks(analysis, strict).changed).toBe(true);
    expect(marks(analysis, { ...strict, ignorePunctuation: true }).changed).toBe(false);
  });

  it("marks a changed space between equal words unless whitespace is ignored", () => {
    const analysis = pairOf("He said  that.", "He said that.");
    expect(marks(analysis, strict).space).toEqual([" "]);
    expect(marks(analysis, { ...strict, ignoreWhitespace: true }).changed).toBe(false);
  });

  it("treats a word split by a space as a whitespace-only change", () => {
    const analysis = pairOf("A one-line dispatch.", "A one- line dispatch.");
    expect(marks(analysis, strict).changed).toBe(true);
    expect(marks(analysis, { ...strict, ignoreWhitespace: true }).changed).toBe(false);
  });

  it("finds nothing to mark in identical sentences", () => {
    expect(marks(pairOf("Same words.", "Same words."), strict).changed).toBe(false);
  });

  it("treats curly and straight quotes alike", () => {
    expect(marks(pairOf("He said “no” today.", 'He said "no" today.'), strict).changed).toBe(false);
  });
});
