import type { Row } from "./rows";

/** A run of rows shown as they are, or folded behind one "show" button. */
export type Block = { type: "rows"; rows: number[] } | { type: "folded"; key: string; rows: number[] };

/** A single identical sentence folds too: the reader asked to see only what changed. */
const MIN_FOLD = 1;

/**
 * Groups row indices into blocks, folding each run of unchanged rows (aligned pairs with no
 * word changes, see rowChanged, and no visible findings). `changed` is null when folding is
 * off: one block then holds every row.
 */
export function foldUnchanged(rows: Row[], changed: boolean[] | null, findingsByRow: number[][]): Block[] {
  const all = rows.map((_, index) => index);
  if (!changed) return [{ type: "rows", rows: all }];
  const unchanged = (index: number) =>
    rows[index]!.type === "pair" && changed[index] === false && (findingsByRow[index]?.length ?? 0) === 0;
  const blocks: Block[] = [];
  let run: number[] = [];
  const flushRun = () => {
    if (run.length >= MIN_FOLD) blocks.push({ type: "folded", key: rows[run[0]!]!.key, rows: run });
    else run.forEach(pushRow);
    run = [];
  };
  const pushRow = (index: number) => {
    const last = blocks[blocks.length - 1];
    if (last?.type === "rows") last.rows.push(index);
    else blocks.push({ type: "rows", rows: [index] });
  };
  for (const index of all) {
    if (unchanged(index)) run.push(index);
    else {
      flushRun();
      pushRow(index);
    }
  }
  flushRun();
  return blocks;
}
