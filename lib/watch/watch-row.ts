import type { Analysis } from "@/lib/analysis";

/**
 * One copy's line in a watch: its name (file name, link or "Pasted copy 2"), where it was
 * fetched from, the stored analysis (id and share link) and its summary; or `error` when
 * the copy could not be analysed.
 */
export type WatchRow = {
  name: string;
  sourceUrl: string | null;
  id?: string;
  url?: string;
  deleteToken?: string;
  spinScore?: number;
  verdict?: string;
  counts?: Analysis["summary"]["counts"];
  error?: string;
};

/**
 * Rows ranked by spin score, highest first (ties keep their order). A copy the engine
 * calls "unrelated" (too few sentences match the original) comes after every real copy
 * whatever its score: it is a different article, and at the top of the list it would be
 * a false alarm. Rows with an error come last.
 */
export function rankWatchRows(rows: WatchRow[]): WatchRow[] {
  const group = (row: WatchRow) => (row.error ? 2 : row.verdict === UNRELATED_VERDICT ? 1 : 0);
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => group(a.row) - group(b.row) || (b.row.spinScore ?? -1) - (a.row.spinScore ?? -1) || a.index - b.index)
    .map(({ row }) => row);
}

/** The engine's verdict for a suspect that is not a copy of the original (lib/analysis/score.ts). */
export const UNRELATED_VERDICT = "unrelated";

/** The number of findings of high severity kinds (facts changed) in a row's counts. */
export function countFactChanges(counts: WatchRow["counts"]): number {
  if (!counts) return 0;
  return (counts["entity-change"] ?? 0) + (counts["number-change"] ?? 0) + (counts["quote-change"] ?? 0) + (counts["negation-change"] ?? 0);
}

/** All findings in a row's counts. */
export function countFindings(counts: WatchRow["counts"]): number {
  return Object.values(counts ?? {}).reduce((sum, n) => sum + (n ?? 0), 0);
}
