import type { Analysis } from "@/lib/analysis/types";

const original = "The spy agency said 12 people died. Officials declined to comment.";
const suspect = "The detective agency said 15 people died. It was a *great* [day](javascript:alert(1)).";

/** A small hand-made analysis in the contract's shape, for report and format tests. */
export function fixtureAnalysis(overrides: Partial<Analysis> = {}): Analysis {
  return {
    engine: "unspun test",
    original: { text: original, sentences: [{ start: 0, end: 35 }, { start: 36, end: 66 }] },
    suspect: { text: suspect, sentences: [{ start: 0, end: 41 }, { start: 42, end: suspect.length }] },
    alignments: [{ original: [0], suspect: [0], similarity: 0.7 }],
    findings: [
      {
        kind: "garbled-phrase",
        severity: "medium",
        suspect: { start: 4, end: 20 },
        original: { start: 4, end: 14 },
        message: "“detective agency” reads like a word-by-word swap of a fixed expression.",
        suggestion: "spy agency",
      },
      {
        kind: "number-change",
        severity: "high",
        suspect: { start: 26, end: 28 },
        original: { start: 20, end: 22 },
        message: "The number changed from 12 to 15.",
        suggestion: "12",
      },
      {
        kind: "unsupported",
        severity: "medium",
        suspect: { start: 42, end: suspect.length },
        original: null,
        message: "This sentence has no counterpart in the original.",
      },
      {
        kind: "omitted",
        severity: "low",
        suspect: null,
        original: { start: 36, end: 66 },
        message: "This sentence of the original is missing from the suspect.",
      },
    ],
    summary: { verdict: "likely spun", spinScore: 0.623, counts: { "garbled-phrase": 1, "number-change": 1, unsupported: 1, omitted: 1 } },
    ...overrides,
  };
}
