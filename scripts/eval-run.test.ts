import { describe, expect, it } from "vitest";
import type { Analysis, AnalyzeInput, Finding } from "../lib/analysis";
import { locateSpan } from "./eval-score";
import type { Corpus } from "./eval-corpus";
import { runEval } from "./eval-run";

const original = "The spy agency met reporters. Prices rose 5 percent.";
const spun = "The detective agency met reporters. Prices rose 9 percent.";
const edit = "The spy agency met the press. Prices rose 5%.";

const corpus: Corpus = {
  problems: [],
  heldOut: [],
  clean: [{ id: "a/original", text: original }, { id: "a/edit", text: edit }],
  pairs: [
    {
      id: "a/spun", class: "spun", original, suspect: spun, exhaustive: true,
      expected: [
        { ...locateSpan(spun, "detective agency")!, side: "suspect", text: "detective agency", kinds: ["garbled-phrase"], alone: true },
        { ...locateSpan(spun, "9 percent")!, side: "suspect", text: "9 percent", kinds: ["number-change"], alone: false },
      ],
    },
    { id: "a/edit", class: "light edit", original, suspect: edit, exhaustive: true, expected: [] },
    { id: "unrelated: x vs y", class: "unrelated", original, suspect: "Nothing alike.", exhaustive: true, expected: [] },
  ],
};

/** A fake engine: flags "detective agency" always, "met the press" as a garbled phrase, and crashes on "Nothing". */
function fakeAnalyze(input: AnalyzeInput): Analysis {
  if (input.suspect.startsWith("Nothing")) throw new Error("boom");
  const findings: Finding[] = [];
  for (const needle of ["detective agency", "met the press"]) {
    const at = locateSpan(input.suspect, needle);
    if (at) findings.push({ kind: "garbled-phrase", severity: "medium", suspect: at, original: null, message: needle });
  }
  const verdict = input.original && findings.length ? "likely spun" : "light edit";
  return { engine: "fake", original: null, suspect: { text: input.suspect, sentences: [] }, alignments: [], findings, summary: { verdict, spinScore: findings.length / 2, counts: {} } };
}

describe("runEval", () => {
  let tick = 0;
  const report = runEval(corpus, fakeAnalyze, "fake", () => (tick += 2));

  it("measures recall per kind in both modes", () => {
    const total = (mode: "compared" | "alone") => report.rows[mode].find((r) => r.kind === "total")!;
    expect(total("compared")).toMatchObject({ expected: 2, hit: 1, flags: 1, correct: 1 });
    expect(total("alone")).toMatchObject({ expected: 1, hit: 1 });
  });

  it("counts every flag on an honest edit, compared and alone", () => {
    expect(report.quiet.editsCompared).toEqual({ texts: 1, total: 1, byKind: { "garbled-phrase": 1 } });
    expect(report.quiet.editsAlone.total).toBe(1);
    expect(report.quiet.originalsAlone).toEqual({ texts: 1, total: 0, byKind: {} });
    expect(report.details.filter((d) => d.what === "flag on clean text").map((d) => d.text)).toEqual(["met the press", "met the press"]);
  });

  it("lists each compared pair with its hits and false alarms", () => {
    expect(report.pairs.map((p) => [p.id, p.hit, p.expected, p.falseAlarms])).toEqual([
      ["a/spun", 1, 2, 0],
      ["a/edit", 0, 0, 1],
    ]);
  });

  it("compares each original with itself and expects silence", () => {
    expect(report.identical).toEqual({ pairs: 1, findings: 0, nonZeroScores: 0, verdicts: { "light edit": 1 } });
  });

  it("scores verdicts and spin per class and records an engine crash without stopping", () => {
    expect(report.verdicts.spun).toEqual({ n: 1, correct: 1, got: { "likely spun": 1 } });
    expect(report.verdicts["light edit"].correct).toBe(0);
    expect(report.spinScores.editBelowSpun).toBe(false);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toContain("unrelated: x vs y (compared): Error: boom");
    expect(report.timing.calls).toBe(6);
    expect(report.timing.totalMs).toBe(12);
  });
});
