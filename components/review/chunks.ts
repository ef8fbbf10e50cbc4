import type { Analysis } from "@/lib/analysis/browser";
import type { Block } from "./collapse";
import type { Row } from "./rows";

/** What the document shows in order: a row, or a fold standing for several rows. */
export type DisplayItem = { type: "row"; row: number } | { type: "fold"; key: string; rows: number[] };

/** Rows per chunk: the unit that is mounted and unmounted as the reader scrolls. */
export const CHUNK_SIZE = 20;
/**
 * Up to this many items every row stays mounted (so the browser's find-in-page sees the
 * whole text); above it only chunks near the viewport are. A news article has 20–150
 * sentences a side; a 70,000-word pair has ~3,300 rows and took 130 ms a frame to scroll
 * with every row mounted (Chromium, 2 cores), 17 ms with chunks.
 */
export const WINDOW_THRESHOLD = 400;

/** The display items of the blocks, unfolding the folds the reader opened. */
export function displayItems(blocks: Block[], opened: ReadonlySet<string>): DisplayItem[] {
  return blocks.flatMap((block): DisplayItem[] =>
    block.type === "folded" && !opened.has(block.key)
      ? [{ type: "fold", key: block.key, rows: block.rows }]
      : block.rows.map((row) => ({ type: "row", row })),
  );
}

/** Cuts items into chunks of CHUNK_SIZE. */
export function chunkItems(items: DisplayItem[]): DisplayItem[][] {
  const chunks: DisplayItem[][] = [];
  for (let at = 0; at < items.length; at += CHUNK_SIZE) chunks.push(items.slice(at, at + CHUNK_SIZE));
  return chunks;
}

/** Pixels of one line of article text (16 px type, 1.5 line height) and a row's padding. */
const LINE_PX = 24;
const ROW_PADDING_PX = 17;
const FOLD_PX = 37;

/**
 * Estimated height of a chunk never seen yet, so the scrollbar is about right before it
 * mounts: lines per row from the longer side at `charsPerLine`. Measured heights replace it.
 */
export function estimateChunkHeight(analysis: Analysis, rows: Row[], chunk: DisplayItem[], charsPerLine: number): number {
  let height = 0;
  for (const item of chunk) {
    if (item.type === "fold") {
      height += FOLD_PX;
      continue;
    }
    const row = rows[item.row]!;
    const chars = (indices: number[], spans: { start: number; end: number }[] | undefined) =>
      indices.reduce((sum, i) => sum + (spans?.[i] ? spans[i]!.end - spans[i]!.start : 0), 0);
    const longest = Math.max(chars(row.original, analysis.original?.sentences), chars(row.suspect, analysis.suspect.sentences));
    height += Math.max(1, Math.ceil(longest / Math.max(20, charsPerLine))) * LINE_PX + ROW_PADDING_PX;
  }
  return height;
}

/** The chunk holding row `row`, or -1 when it is folded away or absent. */
export function chunkOfRow(chunks: DisplayItem[][], row: number): number {
  return chunks.findIndex((chunk) => chunk.some((item) => item.type === "row" && item.row === row));
}
