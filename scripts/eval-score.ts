/**
 * Scoring for `npm run eval`: matches an analysis's findings against the spans a corpus
 * pair says must be flagged. Pure: no file system, no engine, no clock.
 */
import type { Finding, Kind, Span } from "../lib/analysis";

/** "compared": the suspect analysed against its original; "alone": the suspect on its own. */
export type Mode = "compared" | "alone";

/** An annotated span, already located in its text. */
export type ExpectedSpan = Span & {
  /** Which text the span is in: the suspect, or the original (for "omitted"). */
  side: "suspect" | "original";
  text: string;
  /** Finding kinds that count as catching it; the first is the kind it is tallied under. */
  kinds: Kind[];
  /** Whether a reader could spot it with the suspect alone (odd phrase, typographic damage). */
  alone: boolean;
  /** The original wording, to check a finding's suggestion against. */
  originalWording?: string;
  /** Part of an acceptance checklist printed pass/fail (the example list). */
  checklist?: boolean;
};

export type ExpectedResult = {
  span: ExpectedSpan;
  hit: boolean;
  /** Hit only by findings far wider than the span (a whole sentence flagged for one phrase). */
  coarse: boolean;
  /** A hitting finding's suggestion contains the original wording. */
  suggestionMatched: boolean;
  /** Kinds of the findings overlapping it that count (medium/high, or structural), accepted or not. */
  foundKinds: Kind[];
};

/** "correct": overlaps an annotated span that accepts its kind; "wrong-kind": overlaps only
 * spans of other kinds; "false-alarm": overlaps no annotated span. */
export type FindingStatus = "correct" | "wrong-kind" | "false-alarm";

export type ScoredFinding = { finding: Finding; status: FindingStatus };

export type PairScore = { expected: ExpectedResult[]; findings: ScoredFinding[] };

/** A finding this much wider than the span it hits (and 40+ characters wider) is coarse. */
const COARSE_RATIO = 3;
const COARSE_SLACK = 40;

/** Only medium and high findings count: low ones are informational by the contract. */
export function isFlag(finding: Finding): boolean {
  return finding.severity === "high" || finding.severity === "medium";
}

/** Kinds about alignment rather than wording: the contract leaves their severity open
 * (the engine reports them low), so a one-sided sentence is caught at any severity. */
const STRUCTURAL_KINDS: ReadonlySet<Kind> = new Set(["unsupported", "omitted"]);

/** Whether `finding` can catch `span`: medium/high, or any severity for a span that is
 * only about a sentence with no counterpart. */
function canCatch(span: ExpectedSpan, finding: Finding): boolean {
  return isFlag(finding) || (STRUCTURAL_KINDS.has(finding.kind) && span.kinds.every((k) => STRUCTURAL_KINDS.has(k)));
}

/** [start, end) spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Finds the `occurrence`-th (0-based) exact occurrence of `needle` in `text`.
 * Returns null when there are fewer occurrences or the needle is empty.
 */
export function locateSpan(text: string, needle: string, occurrence = 0): Span | null {
  if (!needle) return null;
  let from = 0;
  for (let seen = 0; ; seen++) {
    const at = text.indexOf(needle, from);
    if (at < 0) return null;
    if (seen === occurrence) return { start: at, end: at + needle.length };
    from = at + 1;
  }
}

function findingSpan(finding: Finding, side: ExpectedSpan["side"]): Span | null {
  return side === "suspect" ? finding.suspect : finding.original;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim();
}

/** Spans that can be caught in this mode: alone, only suspect-side spans marked `alone`. */
export function applicableSpans(expected: ExpectedSpan[], mode: Mode): ExpectedSpan[] {
  return mode === "compared" ? expected : expected.filter((s) => s.side === "suspect" && s.alone);
}

/**
 * Scores one analysis. Recall is over the spans applicable to `mode`; a finding's status
 * is judged against every annotated span, so in "alone" mode a correct catch of a span
 * that is not required alone is still "correct", never a false alarm.
 * Low-severity findings are ignored, except that an "unsupported" or "omitted" span is hit
 * by a finding of its kind at any severity; they never count as flags or false alarms.
 */
export function scorePair(expected: ExpectedSpan[], findings: Finding[], mode: Mode): PairScore {
  const flags = findings.filter(isFlag);
  const results = applicableSpans(expected, mode).map((span): ExpectedResult => {
    const touching = findings.filter((f) => {
      const at = findingSpan(f, span.side);
      return canCatch(span, f) && at !== null && overlaps(at, span);
    });
    const accepted = touching.filter((f) => span.kinds.includes(f.kind));
    const length = span.end - span.start;
    const fine = accepted.filter((f) => {
      const at = findingSpan(f, span.side)!;
      const width = at.end - at.start;
      return width <= Math.max(length * COARSE_RATIO, length + COARSE_SLACK);
    });
    const wording = span.originalWording ? normalise(span.originalWording) : null;
    return {
      span,
      hit: accepted.length > 0,
      coarse: accepted.length > 0 && fine.length === 0,
      suggestionMatched:
        wording !== null && accepted.some((f) => f.suggestion !== undefined && normalise(f.suggestion).includes(wording)),
      foundKinds: [...new Set(touching.map((f) => f.kind))],
    };
  });
  const scored = flags.map((finding): ScoredFinding => {
    const touched = expected.filter((span) => {
      const at = findingSpan(finding, span.side);
      return at !== null && overlaps(at, span);
    });
    if (touched.length === 0) return { finding, status: "false-alarm" };
    const right = touched.some((span) => span.kinds.includes(finding.kind));
    return { finding, status: right ? "correct" : "wrong-kind" };
  });
  return { expected: results, findings: scored };
}

/** The verdict classes the corpus expects. */
export const VERDICT_CLASSES = ["spun", "light edit", "unrelated"] as const;
export type VerdictClass = (typeof VERDICT_CLASSES)[number];

/**
 * Maps the engine's free-text verdict ("likely spun", "light edit", "unrelated") to a class.
 * Negated forms ("not spun") read as a light edit; anything unrecognised is "other".
 */
export function classifyVerdict(verdict: string): VerdictClass | "other" {
  const v = verdict.toLowerCase();
  if (/unrelated|different (article|story|text)/.test(v)) return "unrelated";
  if (/\bnot\b[^.]*\bspun\b/.test(v)) return "light edit";
  if (/spun|spin|rewrit|paraphras/.test(v)) return "spun";
  if (/light|edit|identical|same|copy|unchanged|minor/.test(v)) return "light edit";
  return "other";
}
