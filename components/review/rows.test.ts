import { describe, expect, it } from "vitest";
import type { Alignment, Analysis } from "@/lib/analysis/browser";
import { buildRows, longestIncreasingRun } from "./rows";

/** An analysis of n original and m suspect one-word sentences with the given alignments. */
function analysisOf(originalCount: number | null, suspectCount: number, alignments: Alignment[]): Analysis {
  const doc = (count: number, prefix: string) => {
    const words = Array.from({ length: count }, (_, i) => `${prefix}${i}.`);
    let at = 0;
    const sentences = words.map((word) => {
      const span = { start: at, end: at + word.length };
      at += word.length + 1;
      return span;
    });
    return { text: words.join(" "), sentences };
  };
  return {
    engine: "test",
    original: originalCount === null ? null : doc(originalCount, "o"),
    suspect: doc(suspectCount, "s"),
    alignments,
    findings: [],
    summary: { verdict: "test", spinScore: 0, counts: {} },
  };
}

const pair = (original: number[], suspect: number[]): Alignment => ({ original, suspect, similarity: 0.8 });
const shape = (analysis: Analysis) =>
  buildRows(analysis).map((row) =>
    row.type === "pair" ? `${row.original.join("+")}=${row.suspect.join("+")}${row.moved ? "*" : ""}` : row.type === "original-only" ? `o${row.original[0]}` : row.type === "suspect-only" ? `s${row.suspect[0]}` : `from${row.original[0]}`,
  );

describe("longestIncreasingRun", () => {
  it("keeps the longest in-order run and leaves out the moved element", () => {
    expect([...longestIncreasingRun([0, 1, 5, 2, 3, 4])].sort()).toEqual([0, 1, 3, 4, 5]);
    expect(longestIncreasingRun([]).size).toBe(0);
  });
});

describe("buildRows", () => {
  it("gives identical texts one pair row per sentence, none moved", () => {
    expect(shape(analysisOf(3, 3, [pair([0], [0]), pair([1], [1]), pair([2], [2])]))).toEqual(["0=0", "1=1", "2=2"]);
  });

  it("shows a split and a merge as one row each", () => {
    expect(shape(analysisOf(3, 3, [pair([0], [0, 1]), pair([1, 2], [2])]))).toEqual(["0=0+1", "1+2=2"]);
  });

  it("gives one-sided sentences their own rows where they belong in each column", () => {
    // Original 1 was dropped, suspect 1 was added.
    expect(shape(analysisOf(3, 3, [pair([0], [0]), pair([2], [2])]))).toEqual(["0=0", "o1", "s1", "2=2"]);
  });

  it("puts an original-only opening sentence first", () => {
    expect(shape(analysisOf(2, 1, [pair([1], [0])]))).toEqual(["o0", "1=0"]);
  });

  it("marks a sentence moved far away and leaves a pointer at its old place", () => {
    // The original's last sentence opens the suspect.
    const rows = shape(analysisOf(4, 4, [pair([3], [0]), pair([0], [1]), pair([1], [2]), pair([2], [3])]));
    expect(rows).toEqual(["3=0*", "0=1", "1=2", "2=3", "from3"]);
  });

  it("shows the suspect alone, one row per sentence, when there is no original", () => {
    expect(shape(analysisOf(null, 2, []))).toEqual(["s0", "s1"]);
  });

  it("drops alignments that point outside the texts or claim a sentence twice", () => {
    expect(shape(analysisOf(2, 2, [pair([0], [0]), pair([0, 9], [1]), pair([1], [0])]))).toEqual(["0=0", "o1", "s1"]);
  });
});
