import { diffForView, findSharedWording, NO_VIEW_CHANGES, viewChanged, type Analysis, type DiffView, type SharedWording, type Span, type ViewDiff } from "@/lib/analysis/browser";
import type { Row } from "./rows";

export type { DiffView } from "@/lib/analysis/browser";
/** Word-level marks of one row: offsets into the original and the suspect text. */
export type RowDiff = ViewDiff;
export const NO_CHANGES = NO_VIEW_CHANGES;

/** The [start, end) range of a row's sentences on each side, or null for a one-sided row. */
function rangesOf(analysis: Analysis, row: Row): { original: Span; suspect: Span } | null {
  if (row.type !== "pair" || !analysis.original) return null;
  const range = (indices: number[], spans: Span[]): Span => ({
    start: spans[indices[0]!]!.start,
    end: spans[indices[indices.length - 1]!]!.end,
  });
  return { original: range(row.original, analysis.original.sentences), suspect: range(row.suspect, analysis.suspect.sentences) };
}

/** The word-level diff of one aligned row; rows without both sides get no marks. */
export function diffRow(analysis: Analysis, row: Row, view: DiffView): RowDiff {
  const ranges = rangesOf(analysis, row);
  if (!ranges) return NO_CHANGES;
  return diffForView(analysis.original!.text, ranges.original, analysis.suspect.text, ranges.suspect, view);
}

/** Whether a row differs under the view's options (cheap; agrees with `diffRow(...).changed`). One-sided rows always count as changed. */
export function rowChanged(analysis: Analysis, row: Row, view: DiffView): boolean {
  const ranges = rangesOf(analysis, row);
  if (!ranges) return true;
  return viewChanged(analysis.original!.text, ranges.original, analysis.suspect.text, ranges.suspect, view);
}

/** The facts and phrases both sides of a pair share; nothing for a one-sided row. */
export function sharedWordingOf(analysis: Analysis, row: Row): SharedWording {
  const ranges = rangesOf(analysis, row);
  if (!ranges) return { original: [], suspect: [] };
  return findSharedWording(analysis.original!.text, ranges.original, analysis.suspect.text, ranges.suspect);
}
