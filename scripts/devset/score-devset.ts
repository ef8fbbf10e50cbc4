import type { Analysis, Finding } from "../../lib/analysis";
import type { DevPassage } from "./devset";

type Analyze = (input: { original?: string | null; suspect: string }) => Analysis;

/** Tallies for one mode (compared or alone) over a set of passages. */
export type DevTally = {
  passages: number;
  swaps: number;
  phraseBreaks: number;
  /** Swaps overlapped by a medium/high finding. */
  swapsFlagged: number;
  phraseBreaksFlagged: number;
  /** Medium/high findings, and those that overlap no swap. */
  flags: number;
  falseAlarms: number;
  /** Passages whose verdict says spun. */
  calledSpun: number;
  /** Alone only: honest sources with no medium/high finding, and their verdicts. */
  sourcesClean: number;
  sourceFlags: number;
  sourcesCalledSpun: number;
};

const isFlag = (f: Finding) => f.severity !== "low" && f.kind !== "unsupported" && f.kind !== "omitted";
const overlaps = (f: Finding, s: { start: number; end: number }) => !!f.suspect && f.suspect.start < s.end && s.start < f.suspect.end;
const saysSpun = (a: Analysis) => /spun/.test(a.summary.verdict);

/** Scores the engine on spinner-made passages, compared with their source or alone. */
export function scoreDevSet(passages: DevPassage[], analyze: Analyze, mode: "compared" | "alone"): DevTally {
  const tally: DevTally = { passages: 0, swaps: 0, phraseBreaks: 0, swapsFlagged: 0, phraseBreaksFlagged: 0, flags: 0, falseAlarms: 0, calledSpun: 0, sourcesClean: 0, sourceFlags: 0, sourcesCalledSpun: 0 };
  for (const passage of passages) {
    const analysis = analyze({ original: mode === "compared" ? passage.source : null, suspect: passage.spun });
    const flags = analysis.findings.filter(isFlag);
    tally.passages++;
    tally.flags += flags.length;
    tally.falseAlarms += flags.filter((f) => !passage.swaps.some((s) => overlaps(f, s))).length;
    if (saysSpun(analysis)) tally.calledSpun++;
    for (const swap of passage.swaps) {
      const hit = flags.some((f) => overlaps(f, swap));
      tally.swaps++;
      if (hit) tally.swapsFlagged++;
      if (swap.breaksPhrase) {
        tally.phraseBreaks++;
        if (hit) tally.phraseBreaksFlagged++;
      }
    }
    if (mode === "alone") {
      const source = analyze({ suspect: passage.source });
      const sourceFlags = source.findings.filter(isFlag).length;
      tally.sourceFlags += sourceFlags;
      if (sourceFlags === 0) tally.sourcesClean++;
      if (saysSpun(source)) tally.sourcesCalledSpun++;
    }
  }
  return tally;
}

const pct = (n: number, d: number) => (d === 0 ? "–" : `${Math.round((100 * n) / d)}%`);

/** One report line per tally: the figures the targets are stated in. */
export function formatDevTally(label: string, mode: "compared" | "alone", t: DevTally): string {
  const base = `${label.padEnd(28)} ${mode.padEnd(8)} phrase breaks ${pct(t.phraseBreaksFlagged, t.phraseBreaks).padStart(4)} (${t.phraseBreaksFlagged}/${t.phraseBreaks})  all swaps ${pct(t.swapsFlagged, t.swaps).padStart(4)}  false alarms ${pct(t.falseAlarms, t.flags).padStart(4)} of ${t.flags} flags  passages called spun ${pct(t.calledSpun, t.passages)}`;
  return mode === "alone" ? `${base}  sources clean ${pct(t.sourcesClean, t.passages)} (${t.sourceFlags} flags, ${t.sourcesCalledSpun} called spun)` : base;
}
