import { describe, expect, it } from "vitest";
import type { Analysis, Finding } from "../../lib/analysis";
import type { DevPassage } from "./devset";
import { scoreDevSet } from "./score-devset";

const passage: DevPassage = {
  id: "p",
  source: "The prime minister spoke. Rain fell.",
  spun: "The prime clergyman spoke. Rain fell.",
  swaps: [{ start: 10, end: 19, was: "minister", now: "clergyman", breaksPhrase: true }],
  heldOut: false,
};

const analysisWith = (findings: Finding[], verdict: string): Analysis => ({
  engine: "test",
  original: null,
  suspect: { text: passage.spun, sentences: [] },
  alignments: [],
  findings,
  summary: { verdict, spinScore: findings.length ? 0.5 : 0, counts: {} },
});

const garbled = (start: number, end: number): Finding => ({ kind: "garbled-phrase", severity: "medium", suspect: { start, end }, original: null, message: "m" });

describe("scoring the spinner-made dev set", () => {
  it("counts a swap as caught when a medium or high finding overlaps it, and a stray finding as a false alarm", () => {
    const tally = scoreDevSet([passage], () => analysisWith([garbled(4, 19), garbled(27, 31)], "likely spun"), "compared");
    expect(tally).toMatchObject({ swaps: 1, swapsFlagged: 1, phraseBreaks: 1, phraseBreaksFlagged: 1, flags: 2, falseAlarms: 1, calledSpun: 1 });
  });

  it("does not count low findings, and judges the honest source alone too", () => {
    const low: Finding = { ...garbled(10, 19), severity: "low", kind: "synonym-swap" };
    const tally = scoreDevSet([passage], (input) => analysisWith(input.suspect === passage.source ? [] : [low], "no signs of spinning"), "alone");
    expect(tally).toMatchObject({ swapsFlagged: 0, flags: 0, sourcesClean: 1, sourceFlags: 0, calledSpun: 0 });
  });
});
