/**
 * Tallies for `npm run eval`: per-kind recall and precision over scored pairs, flag counts
 * on texts that should stay quiet, and ranges of spin scores. Pure functions.
 */
import { FINDING_KINDS, type Finding, type Kind } from "../lib/analysis";
import { isFlag, type PairScore } from "./eval-score";

export type KindRow = {
  /** A finding kind, or "total". */
  kind: Kind | "total";
  /** Annotated spans tallied under this kind (by their first accepted kind). */
  expected: number;
  hit: number;
  /** Hits made only by findings far wider than the span. */
  coarse: number;
  /** Spans whose annotation gives the original wording. */
  withWording: number;
  /** Of those, hits whose suggestion contains the original wording. */
  suggestionMatched: number;
  /** Medium/high findings of this kind. */
  flags: number;
  correct: number;
  wrongKind: number;
  falseAlarms: number;
};

function emptyRow(kind: KindRow["kind"]): KindRow {
  return { kind, expected: 0, hit: 0, coarse: 0, withWording: 0, suggestionMatched: 0, flags: 0, correct: 0, wrongKind: 0, falseAlarms: 0 };
}

/**
 * Sums pair scores into one row per finding kind plus a total row. Kinds with nothing
 * expected and nothing flagged are left out.
 */
export function tallyByKind(scores: PairScore[]): KindRow[] {
  const rows = new Map<Kind, KindRow>(FINDING_KINDS.map((k) => [k, emptyRow(k)]));
  const total = emptyRow("total");
  for (const score of scores) {
    for (const result of score.expected) {
      const kind = result.span.kinds[0];
      if (kind === undefined) continue;
      for (const row of [rows.get(kind)!, total]) {
        row.expected++;
        if (result.hit) row.hit++;
        if (result.coarse) row.coarse++;
        if (result.span.originalWording) row.withWording++;
        if (result.suggestionMatched) row.suggestionMatched++;
      }
    }
    for (const { finding, status } of score.findings) {
      for (const row of [rows.get(finding.kind)!, total]) {
        row.flags++;
        if (status === "correct") row.correct++;
        else if (status === "wrong-kind") row.wrongKind++;
        else row.falseAlarms++;
      }
    }
  }
  const used = [...rows.values()].filter((r) => r.expected > 0 || r.flags > 0);
  return [...used, total];
}

/** hit / expected, or null when nothing was expected. */
export function recallOf(row: KindRow): number | null {
  return row.expected === 0 ? null : row.hit / row.expected;
}

/** correct / flags, or null when nothing was flagged. */
export function precisionOf(row: KindRow): number | null {
  return row.flags === 0 ? null : row.correct / row.flags;
}

/** Medium/high findings per kind across analyses of texts that should raise none. */
export function countFlags(findingLists: Finding[][]): { total: number; byKind: Partial<Record<Kind, number>> } {
  const byKind: Partial<Record<Kind, number>> = {};
  let total = 0;
  for (const finding of findingLists.flat()) {
    if (!isFlag(finding)) continue;
    byKind[finding.kind] = (byKind[finding.kind] ?? 0) + 1;
    total++;
  }
  return { total, byKind };
}

export type Range = { n: number; min: number; median: number; max: number };

/** Min, median and max of a list of numbers; null for an empty list. */
export function rangeOf(values: number[]): Range | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { n: sorted.length, min: sorted[0]!, median, max: sorted[sorted.length - 1]! };
}

/**
 * Whether two score ranges are apart: every value of `low` is below every value of `high`.
 * Null when either side is empty.
 */
export function separated(low: Range | null, high: Range | null): boolean | null {
  if (!low || !high) return null;
  return low.max < high.min;
}
