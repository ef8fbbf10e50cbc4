/**
 * Runs the engine over the corpus, compared and suspect-alone, and gathers every figure
 * `npm run eval` prints. The engine is passed in so the runner can be tested with a fake.
 */
import type { Analysis, AnalyzeInput, Finding, Kind } from "../lib/analysis";
import type { Corpus, CorpusPair } from "./eval-corpus";
import { classifyVerdict, isFlag, scorePair, VERDICT_CLASSES, type Mode, type PairScore, type VerdictClass } from "./eval-score";
import { countFlags, rangeOf, separated, tallyByKind, type KindRow, type Range } from "./eval-tally";

type Analyze = (input: AnalyzeInput) => Analysis;

/** One line of the detail listing (--verbose): a miss, a false alarm or a flag on a clean text. */
export type Detail = { pair: string; mode: Mode; what: "miss" | "false alarm" | "wrong kind" | "flag on clean text"; kinds: string; text: string; message?: string };

export type ChecklistItem = { pair: string; item: string; mode: Mode; pass: boolean; required: boolean };

export type VerdictTally = { n: number; correct: number; got: Record<string, number> };

/** One pair compared with its original, for the per-pair listing (--verbose). */
export type PairRow = { id: string; class: VerdictClass; verdict: string; spinScore: number; expected: number; hit: number; flags: number; falseAlarms: number; ms: number };

export type EvalReport = {
  engine: string;
  corpus: { pairs: Record<VerdictClass, number>; cleanTexts: number; external: string[]; problems: string[]; fingerprint?: string };
  rows: Record<Mode, KindRow[]>;
  quiet: Record<"editsCompared" | "editsAlone" | "originalsAlone", { texts: number; total: number; byKind: Partial<Record<Kind, number>> }>;
  /** Each original compared with itself: the contract wants no findings and a score of exactly 0. */
  identical: { pairs: number; findings: number; nonZeroScores: number; verdicts: Record<string, number> };
  verdicts: Record<VerdictClass, VerdictTally>;
  pairs: PairRow[];
  aloneVerdicts: Record<"spun" | "clean", Record<string, number>>;
  spinScores: { compared: Record<VerdictClass, Range | null>; alone: Record<"spun" | "clean", Range | null>; editBelowSpun: boolean | null };
  checklist: ChecklistItem[];
  timing: { calls: number; totalMs: number; coldMs: number; warmMedianMs: number; warmMaxMs: number; slowest: string };
  errors: string[];
  details: Detail[];
  /** Details left out because they belong to held-out articles (set by the caller). */
  hiddenDetails?: number;
};

function excerpt(text: string, finding: Finding): string {
  const span = finding.suspect ?? finding.original;
  return span ? text.slice(span.start, span.end) : "";
}

/** Runs every pair and clean text through `analyze`; never throws for an engine error. */
export function runEval(corpus: Corpus, analyze: Analyze, engine: string, clock: () => number = () => performance.now()): EvalReport {
  const times: { label: string; ms: number }[] = [];
  const errors: string[] = [];
  const details: Detail[] = [];
  const run = (label: string, input: AnalyzeInput): Analysis | null => {
    const t0 = clock();
    try {
      const result = analyze(input);
      times.push({ label, ms: clock() - t0 });
      return result;
    } catch (error) {
      errors.push(`${label}: ${(error as Error).stack ?? String(error)}`);
      return null;
    }
  };
  const scores: Record<Mode, PairScore[]> = { compared: [], alone: [] };
  const verdicts = Object.fromEntries(VERDICT_CLASSES.map((c) => [c, { n: 0, correct: 0, got: {} }])) as Record<VerdictClass, VerdictTally>;
  const spin: Record<VerdictClass, number[]> = { spun: [], "light edit": [], unrelated: [] };
  const aloneSpin = { spun: [] as number[], clean: [] as number[] };
  const aloneVerdicts = { spun: {} as Record<string, number>, clean: {} as Record<string, number> };
  const editFindings: Record<Mode, Finding[][]> = { compared: [], alone: [] };
  const checklist: ChecklistItem[] = [];
  const bump = (counts: Record<string, number>, key: string) => (counts[key] = (counts[key] ?? 0) + 1);

  const pairRows: PairRow[] = [];
  const scoreOne = (pair: CorpusPair, mode: Mode, analysis: Analysis): PairScore => {
    const score = scorePair(pair.expected, analysis.findings, mode);
    // Partly annotated pairs (the shared example) give recall only: an unmatched flag there
    // may be real damage nobody annotated.
    if (!pair.exhaustive) score.findings = score.findings.filter((f) => f.status !== "false-alarm");
    scores[mode].push(score);
    for (const r of score.expected) {
      if (!r.hit) details.push({ pair: pair.id, mode, what: "miss", kinds: `${r.span.kinds.join("|")}${r.foundKinds.length ? ` (found ${r.foundKinds.join(", ")})` : ""}`, text: r.span.text });
      if (r.span.checklist) checklist.push({ pair: pair.id, item: r.span.text, mode, pass: r.hit, required: mode === "compared" });
    }
    for (const f of score.findings) {
      if (f.status === "correct") continue;
      details.push({ pair: pair.id, mode, what: f.status === "false-alarm" ? "false alarm" : "wrong kind", kinds: `${f.finding.kind}/${f.finding.severity}`, text: excerpt(analysis.suspect.text, f.finding), message: f.finding.message });
    }
    return score;
  };
  const noteClean = (id: string, mode: Mode, analysis: Analysis) => {
    for (const f of analysis.findings.filter(isFlag)) {
      const text = f.suspect ? analysis.suspect.text.slice(f.suspect.start, f.suspect.end) : f.original && analysis.original ? analysis.original.text.slice(f.original.start, f.original.end) : "";
      details.push({ pair: id, mode, what: "flag on clean text", kinds: `${f.kind}/${f.severity}`, text, message: f.message });
    }
  };

  for (const pair of corpus.pairs) {
    const compared = run(`${pair.id} (compared)`, { original: pair.original, suspect: pair.suspect });
    if (compared) {
      const tally = verdicts[pair.class];
      const got = classifyVerdict(compared.summary.verdict);
      tally.n++;
      if (got === pair.class) tally.correct++;
      bump(tally.got, compared.summary.verdict);
      spin[pair.class].push(compared.summary.spinScore);
      const flags = compared.findings.filter(isFlag).length;
      const row: PairRow = { id: pair.id, class: pair.class, verdict: compared.summary.verdict, spinScore: compared.summary.spinScore, expected: 0, hit: 0, flags, falseAlarms: pair.class === "light edit" ? flags : 0, ms: times.at(-1)?.ms ?? 0 };
      if (pair.class === "spun") {
        const score = scoreOne(pair, "compared", compared);
        row.expected = score.expected.length;
        row.hit = score.expected.filter((r) => r.hit).length;
        row.falseAlarms = score.findings.filter((f) => f.status === "false-alarm").length;
      }
      pairRows.push(row);
      if (pair.class === "light edit") {
        editFindings.compared.push(compared.findings);
        noteClean(pair.id, "compared", compared);
      }
    }
    if (pair.class === "unrelated") continue;
    const alone = run(`${pair.id} (alone)`, { original: null, suspect: pair.suspect });
    if (alone && pair.class === "spun") {
      scoreOne(pair, "alone", alone);
      aloneSpin.spun.push(alone.summary.spinScore);
      bump(aloneVerdicts.spun, alone.summary.verdict);
    } else if (alone) {
      editFindings.alone.push(alone.findings);
      aloneSpin.clean.push(alone.summary.spinScore);
      bump(aloneVerdicts.clean, alone.summary.verdict);
      noteClean(pair.id, "alone", alone);
    }
    if (pair.originalAloneMaxFlags !== undefined) {
      const orig = run(`${pair.id} original (alone)`, { original: null, suspect: pair.original });
      if (orig) {
        const flags = orig.findings.filter(isFlag).length;
        checklist.push({ pair: pair.id, item: `original alone: ${flags} medium/high finding(s), at most ${pair.originalAloneMaxFlags}`, mode: "alone", pass: flags <= pair.originalAloneMaxFlags, required: true });
        noteClean(`${pair.id}/original`, "alone", orig);
      }
    }
  }
  const originals: Finding[][] = [];
  const identical = { pairs: 0, findings: 0, nonZeroScores: 0, verdicts: {} as Record<string, number> };
  for (const text of corpus.clean.filter((c) => c.id.endsWith("/original"))) {
    const analysis = run(`${text.id} (alone)`, { original: null, suspect: text.text });
    if (analysis) {
      originals.push(analysis.findings);
      aloneSpin.clean.push(analysis.summary.spinScore);
      bump(aloneVerdicts.clean, analysis.summary.verdict);
      noteClean(text.id, "alone", analysis);
    }
    const self = run(`${text.id} vs itself`, { original: text.text, suspect: text.text });
    if (self) {
      identical.pairs++;
      identical.findings += self.findings.length;
      if (self.summary.spinScore !== 0) identical.nonZeroScores++;
      bump(identical.verdicts, self.summary.verdict);
      for (const f of self.findings) {
        const at = f.suspect ?? f.original;
        details.push({ pair: `${text.id} vs itself`, mode: "compared", what: "flag on clean text", kinds: `${f.kind}/${f.severity}`, text: at ? text.text.slice(at.start, at.end) : "", message: f.message });
      }
    }
  }

  const ms = times.map((t) => t.ms);
  const warm = rangeOf(ms.slice(1));
  const slowest = times.reduce((a, b) => (b.ms > a.ms ? b : a), { label: "", ms: 0 });
  const ranges = { spun: rangeOf(spin.spun), "light edit": rangeOf(spin["light edit"]), unrelated: rangeOf(spin.unrelated) };
  return {
    engine,
    corpus: {
      pairs: { spun: spin.spun.length, "light edit": spin["light edit"].length, unrelated: spin.unrelated.length },
      cleanTexts: originals.length + editFindings.alone.length,
      external: corpus.pairs.filter((p) => !p.id.includes("/") && !p.id.startsWith("unrelated")).map((p) => p.id),
      problems: corpus.problems,
    },
    rows: { compared: tallyByKind(scores.compared), alone: tallyByKind(scores.alone) },
    quiet: {
      editsCompared: { texts: editFindings.compared.length, ...countFlags(editFindings.compared) },
      editsAlone: { texts: editFindings.alone.length, ...countFlags(editFindings.alone) },
      originalsAlone: { texts: originals.length, ...countFlags(originals) },
    },
    identical,
    verdicts,
    pairs: pairRows,
    aloneVerdicts,
    spinScores: { compared: ranges, alone: { spun: rangeOf(aloneSpin.spun), clean: rangeOf(aloneSpin.clean) }, editBelowSpun: separated(ranges["light edit"], ranges.spun) },
    checklist,
    timing: { calls: ms.length, totalMs: ms.reduce((a, b) => a + b, 0), coldMs: ms[0] ?? 0, warmMedianMs: warm?.median ?? 0, warmMaxMs: warm?.max ?? 0, slowest: slowest.label },
    errors,
    details,
  };
}
