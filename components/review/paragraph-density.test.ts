import { describe, expect, it } from "vitest";
import type { Analysis } from "@/lib/analysis/browser";
import { paragraphDensity } from "./paragraph-density";

const text = "The port reopened.\n\nUnions met the owners. Talks went on.\nShips waited offshore.";
const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
const analysis: Analysis = {
  engine: "test",
  original: null,
  suspect: { text, sentences: [] },
  alignments: [],
  findings: [
    { kind: "garbled-phrase", severity: "medium", suspect: at("Talks"), original: null, message: "m" },
    { kind: "number-change", severity: "high", suspect: at("Ships"), original: null, message: "m" },
    { kind: "omitted", severity: "low", suspect: null, original: { start: 0, end: 3 }, message: "m" },
    { kind: "entity-change", severity: "high", suspect: at("Unions"), original: null, message: "m" },
  ],
  summary: { verdict: "test", spinScore: 0.5, counts: {} },
};

describe("paragraphDensity", () => {
  it("counts shown findings per line-separated paragraph, skipping blank lines and left-out sentences", () => {
    const result = paragraphDensity(analysis, [0, 1, 2, 3]);
    expect(result.map((p) => text.slice(p.span.start, p.span.end))).toEqual([
      "The port reopened.",
      "Unions met the owners. Talks went on.",
      "Ships waited offshore.",
    ]);
    expect(result.map((p) => p.findings)).toEqual([[], [0, 3], [1]]);
  });

  it("leaves out findings the filters hide", () => {
    expect(paragraphDensity(analysis, [1]).map((p) => p.findings.length)).toEqual([0, 0, 1]);
  });
});
