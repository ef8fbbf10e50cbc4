import { describe, expect, it } from "vitest";
import type { Finding } from "../lib/analysis";
import type { PairScore } from "./eval-score";
import { countFlags, precisionOf, rangeOf, recallOf, separated, tallyByKind } from "./eval-tally";

const f = (kind: Finding["kind"], severity: Finding["severity"] = "high"): Finding => ({ kind, severity, suspect: { start: 0, end: 1 }, original: null, message: "" });

const score: PairScore = {
  expected: [
    { span: { start: 0, end: 3, side: "suspect", text: "abc", kinds: ["number-change", "garbled-phrase"], alone: false, originalWording: "x" }, hit: true, coarse: false, suggestionMatched: true, foundKinds: ["garbled-phrase"] },
    { span: { start: 5, end: 8, side: "suspect", text: "def", kinds: ["number-change"], alone: false }, hit: false, coarse: false, suggestionMatched: false, foundKinds: [] },
  ],
  findings: [
    { finding: f("garbled-phrase", "medium"), status: "correct" },
    { finding: f("entity-change"), status: "false-alarm" },
  ],
};

describe("tallyByKind", () => {
  it("tallies spans under their first kind and findings under their own kind, with a total", () => {
    const rows = tallyByKind([score]);
    expect(rows.map((r) => r.kind)).toEqual(["entity-change", "number-change", "garbled-phrase", "total"]);
    const number = rows.find((r) => r.kind === "number-change")!;
    expect(number).toMatchObject({ expected: 2, hit: 1, withWording: 1, suggestionMatched: 1, flags: 0 });
    expect(recallOf(number)).toBe(0.5);
    expect(precisionOf(number)).toBeNull();
    const total = rows.at(-1)!;
    expect(total).toMatchObject({ expected: 2, hit: 1, flags: 2, correct: 1, falseAlarms: 1 });
    expect(precisionOf(total)).toBe(0.5);
  });
});

describe("countFlags", () => {
  it("counts only medium and high findings", () => {
    expect(countFlags([[f("synonym-swap", "low"), f("quote-change")], [f("quote-change", "medium")]])).toEqual({ total: 2, byKind: { "quote-change": 2 } });
  });
});

describe("rangeOf and separated", () => {
  it("gives the median of an even list and says whether ranges are apart", () => {
    expect(rangeOf([0.4, 0.1, 0.3, 0.2])).toEqual({ n: 4, min: 0.1, median: 0.25, max: 0.4 });
    expect(rangeOf([])).toBeNull();
    expect(separated(rangeOf([0.1, 0.2]), rangeOf([0.3, 0.9]))).toBe(true);
    expect(separated(rangeOf([0.1, 0.5]), rangeOf([0.3, 0.9]))).toBe(false);
    expect(separated(null, rangeOf([1]))).toBeNull();
  });
});
