import { readFileSync } from "node:fs";
import { lexiconDataFile } from "./data-dir";
import { decodeNeighbourTable, SIMILARITY_STEPS, type NeighbourTable } from "./neighbour-table-format";

/** The committed neighbour table (built by `npm run build:lexicon`, see data/NOTICE.md). */
export const NEIGHBOURS_FILE = "neighbours.bin";

/** A word near another in the embedding space. */
export interface WordNeighbour {
  word: string;
  /** Cosine similarity of the two word vectors, 0 … 1 in steps of 1/255. */
  similarity: number;
}

interface LoadedTable {
  table: NeighbourTable;
  index: Map<string, number>;
}

let shared: LoadedTable | undefined;

function loadTable(): LoadedTable {
  if (!shared) {
    const table = decodeNeighbourTable(readFileSync(lexiconDataFile(NEIGHBOURS_FILE)));
    shared = { table, index: new Map(table.words.map((word, i) => [word, i])) };
  }
  return shared;
}

/**
 * The nearest words to `word` by GloVe-derived word vectors, nearest first: about 20 for
 * each of the ~50,000 commonest plain lower-case words the n-gram model knows, drawn from
 * those same words. Neighbours are related words, not only synonyms: "minister" gives
 * "prime", "cabinet", "ministry", "ministers"… The table loads on first call (a 3 MB file).
 * @param word looked up lower-cased.
 * @returns [] for a word outside the table.
 */
export function wordNeighbours(word: string): WordNeighbour[] {
  const { table, index } = loadTable();
  const row = index.get(word.toLowerCase());
  if (row === undefined) return [];
  const neighbours: WordNeighbour[] = [];
  for (let slot = row * table.k; slot < (row + 1) * table.k; slot++) {
    const steps = table.similarities[slot] ?? 0;
    const neighbour = table.words[table.ids[slot] ?? 0];
    // A zero step marks an unfilled slot (a table smaller than K + 1 words).
    if (steps > 0 && neighbour !== undefined) neighbours.push({ word: neighbour, similarity: steps / SIMILARITY_STEPS });
  }
  return neighbours;
}

/** Whether the neighbour table has a row for `word` (lower-cased). */
export function hasNeighbours(word: string): boolean {
  return loadTable().index.has(word.toLowerCase());
}
