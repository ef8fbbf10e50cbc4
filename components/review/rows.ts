import type { Analysis } from "@/lib/analysis/browser";

/**
 * One row of the review. Rows are read top to bottom in the suspect's order; each aligned
 * group (1-1, a split 1-n, a merge n-1) is one row, each one-sided sentence its own row.
 */
export type Row =
  /** An aligned group; `moved` when it is out of the original's order. */
  | { type: "pair"; key: string; original: number[]; suspect: number[]; similarity: number; moved: boolean }
  /** An original sentence with no counterpart in the suspect. */
  | { type: "original-only"; key: string; original: number[]; suspect: [] }
  /** A suspect sentence with no counterpart in the original (or no original at all). */
  | { type: "suspect-only"; key: string; original: []; suspect: number[] }
  /** Where a moved group stood in the original; points at the row it moved to. */
  | { type: "moved-from"; key: string; original: number[]; suspect: []; pairKey: string };

/**
 * Indices (into `values`) of one longest strictly increasing subsequence, in O(n log n).
 * Groups on it keep the original's order; the rest are the ones that moved.
 */
export function longestIncreasingRun(values: number[]): Set<number> {
  const tails: number[] = []; // tails[k]: index of the smallest tail of a run of length k+1
  const previous: number[] = new Array<number>(values.length).fill(-1);
  values.forEach((value, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((values[tails[mid]!] ?? 0) < value) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[index] = tails[low - 1]!;
    tails[low] = index;
  });
  const run = new Set<number>();
  let at = tails.length > 0 ? tails[tails.length - 1]! : -1;
  while (at !== -1) {
    run.add(at);
    at = previous[at]!;
  }
  return run;
}

type Group = { original: number[]; suspect: number[]; similarity: number };

/**
 * Valid, disjoint alignment groups with sorted indices. A stored result is data from outside
 * the component, so an index out of range or a sentence claimed twice is dropped rather
 * than trusted.
 */
function cleanGroups(analysis: Analysis): Group[] {
  const originalCount = analysis.original?.sentences.length ?? 0;
  const suspectCount = analysis.suspect.sentences.length;
  const usedOriginal = new Set<number>();
  const usedSuspect = new Set<number>();
  const groups: Group[] = [];
  if (!analysis.original) return groups;
  for (const alignment of analysis.alignments) {
    const original = [...new Set(alignment.original)]
      .filter((i) => Number.isInteger(i) && i >= 0 && i < originalCount && !usedOriginal.has(i))
      .sort((a, b) => a - b);
    const suspect = [...new Set(alignment.suspect)]
      .filter((i) => Number.isInteger(i) && i >= 0 && i < suspectCount && !usedSuspect.has(i))
      .sort((a, b) => a - b);
    if (original.length === 0 || suspect.length === 0) continue;
    original.forEach((i) => usedOriginal.add(i));
    suspect.forEach((i) => usedSuspect.add(i));
    groups.push({ original, suspect, similarity: alignment.similarity });
  }
  return groups.sort((a, b) => a.suspect[0]! - b.suspect[0]!);
}

/**
 * Lays an analysis out as rows: pairs and suspect-only sentences in the suspect's order;
 * original-only sentences (and the old place of each moved group) slotted in after the
 * in-order pair that precedes them in the original, so both columns read in order.
 */
export function buildRows(analysis: Analysis): Row[] {
  const groups = cleanGroups(analysis);
  const inOrder = longestIncreasingRun(groups.map((group) => group.original[0]!));
  const alignedSuspect = new Set(groups.flatMap((group) => group.suspect));
  const alignedOriginal = new Set(groups.flatMap((group) => group.original));

  // 1. The suspect's order: pairs and suspect-only sentences.
  type Slot = { row: Row; suspectAt: number };
  const main: Slot[] = groups.map((group, index) => ({
    row: {
      type: "pair",
      key: `p${group.suspect[0]}`,
      original: group.original,
      suspect: group.suspect,
      similarity: group.similarity,
      moved: !inOrder.has(index),
    },
    suspectAt: group.suspect[0]!,
  }));
  analysis.suspect.sentences.forEach((_, index) => {
    if (!alignedSuspect.has(index)) {
      main.push({ row: { type: "suspect-only", key: `s${index}`, original: [], suspect: [index] }, suspectAt: index });
    }
  });
  main.sort((a, b) => a.suspectAt - b.suspectAt);

  // 2. What only the original column shows, keyed by its place in the original.
  const extras: { row: Row; originalAt: number }[] = [];
  (analysis.original?.sentences ?? []).forEach((_, index) => {
    if (!alignedOriginal.has(index)) {
      extras.push({ row: { type: "original-only", key: `o${index}`, original: [index], suspect: [] }, originalAt: index });
    }
  });
  for (const slot of main) {
    if (slot.row.type === "pair" && slot.row.moved) {
      extras.push({
        row: { type: "moved-from", key: `m${slot.row.key}`, original: slot.row.original, suspect: [], pairKey: slot.row.key },
        originalAt: slot.row.original[0]!,
      });
    }
  }
  extras.sort((a, b) => a.originalAt - b.originalAt);

  // 3. Each extra goes right after the last in-order pair that comes before it in the original.
  const anchors = main
    .map((slot, position) => ({ slot, position }))
    .filter(({ slot }) => slot.row.type === "pair" && !slot.row.moved);
  const after = new Map<number, Row[]>(); // main position (-1: before everything) → extras
  for (const extra of extras) {
    let position = -1;
    for (const anchor of anchors) {
      if (anchor.slot.row.original[0]! < extra.originalAt) position = anchor.position;
      else break;
    }
    after.set(position, [...(after.get(position) ?? []), extra.row]);
  }
  const rows: Row[] = [...(after.get(-1) ?? [])];
  main.forEach((slot, position) => rows.push(slot.row, ...(after.get(position) ?? [])));
  return rows;
}
