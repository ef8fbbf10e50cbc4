import type { Analysis, Finding, Span } from "@/lib/analysis/browser";
import type { Row } from "./rows";

/** Kinds about a whole sentence: shown as a badge on the sentence, not as marked words. */
export const SENTENCE_KINDS = new Set<Finding["kind"]>(["unsupported", "omitted"]);

export type FindingPlacement = {
  /** Finding indices in document order (the order rows are read in). */
  order: number[];
  /** For each finding index, the row it is shown in. */
  rowOf: number[];
  /** For each row, the findings shown in it, in document order. */
  byRow: number[][];
};

/** The sentence holding `offset`, or the nearest one after it (spans may start on a space). */
function sentenceAt(sentences: Span[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sentences[mid]!.end <= offset) low = mid + 1;
    else {
      found = mid;
      high = mid - 1;
    }
  }
  return found === -1 ? sentences.length - 1 : found;
}

/**
 * Puts each finding in the row that shows it: by its suspect span, or by its original span
 * for an omitted sentence, and orders findings as a reader meets them going down the rows.
 * A finding whose spans fit no sentence goes to the last row rather than disappearing.
 */
export function placeFindings(analysis: Analysis, rows: Row[]): FindingPlacement {
  const suspectRow = new Map<number, number>();
  const originalRow = new Map<number, number>();
  rows.forEach((row, index) => {
    if (row.type === "moved-from") return;
    row.suspect.forEach((s) => suspectRow.set(s, index));
    row.original.forEach((o) => originalRow.set(o, index));
  });
  const lastRow = Math.max(0, rows.length - 1);
  const rowOf = analysis.findings.map((finding) => {
    if (finding.suspect && analysis.suspect.sentences.length > 0) {
      const row = suspectRow.get(sentenceAt(analysis.suspect.sentences, finding.suspect.start));
      if (row !== undefined) return row;
    }
    if (finding.original && analysis.original && analysis.original.sentences.length > 0) {
      const row = originalRow.get(sentenceAt(analysis.original.sentences, finding.original.start));
      if (row !== undefined) return row;
    }
    return lastRow;
  });
  const position = (finding: Finding) => finding.suspect?.start ?? finding.original?.start ?? 0;
  const order = analysis.findings
    .map((_, index) => index)
    .sort((a, b) => rowOf[a]! - rowOf[b]! || position(analysis.findings[a]!) - position(analysis.findings[b]!) || a - b);
  const byRow: number[][] = rows.map(() => []);
  for (const index of order) byRow[rowOf[index]!]?.push(index);
  return { order, rowOf, byRow };
}
