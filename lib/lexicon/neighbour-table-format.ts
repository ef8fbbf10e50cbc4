/**
 * The binary layout of lib/lexicon/data/neighbours.bin, shared by the build script that
 * writes it and the reader (neighbours.ts). Little-endian:
 *
 *   magic "UNSPNBR1" (8 bytes) · word count (uint32) · neighbours per word K (uint32)
 *   · vocabulary byte length (uint32)
 *   vocabulary: the words, UTF-8, each followed by a NUL, commonest first
 *   neighbour ids: uint16 × count × K (indices into the vocabulary, so at most 65,536 words), nearest first
 *   similarities: uint8 × count × K, cosine × 255 rounded (negatives stored as 0)
 */
export const NEIGHBOUR_TABLE_MAGIC = "UNSPNBR1";
export const NEIGHBOUR_HEADER_BYTES = 20;
/** One step of a stored similarity: 1/255, so a stored cosine is within 0.002 of the true one. */
export const SIMILARITY_STEPS = 255;

/** A neighbour table in memory. */
export interface NeighbourTable {
  words: string[];
  /** Neighbours per word. */
  k: number;
  /** count × k vocabulary indices, nearest first. */
  ids: Uint16Array;
  /** count × k quantised similarities (see SIMILARITY_STEPS). */
  similarities: Uint8Array;
}

/** Encodes a table into the file layout above. */
export function encodeNeighbourTable(table: NeighbourTable): Uint8Array {
  if (table.words.length > 65_536) throw new Error(`a neighbour table holds at most 65,536 words, not ${table.words.length}`);
  const vocabulary = new TextEncoder().encode(table.words.map((w) => `${w}\0`).join(""));
  const idsAt = NEIGHBOUR_HEADER_BYTES + vocabulary.length;
  const padded = idsAt + (idsAt % 2); // keep the uint16 ids 2-byte aligned
  const out = new Uint8Array(padded + table.ids.byteLength + table.similarities.byteLength);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(NEIGHBOUR_TABLE_MAGIC), 0);
  view.setUint32(8, table.words.length, true);
  view.setUint32(12, table.k, true);
  view.setUint32(16, padded - NEIGHBOUR_HEADER_BYTES, true);
  out.set(vocabulary, NEIGHBOUR_HEADER_BYTES);
  for (let i = 0; i < table.ids.length; i++) view.setUint16(padded + 2 * i, table.ids[i] ?? 0, true);
  out.set(table.similarities, padded + table.ids.byteLength);
  return out;
}

/**
 * Decodes a table written by `encodeNeighbourTable`.
 * @throws Error for a file of another kind or a truncated one.
 */
export function decodeNeighbourTable(file: Uint8Array): NeighbourTable {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const magic = new TextDecoder("latin1").decode(file.subarray(0, 8));
  if (magic !== NEIGHBOUR_TABLE_MAGIC) throw new Error(`not a neighbour table (magic "${magic}")`);
  const count = view.getUint32(8, true);
  const k = view.getUint32(12, true);
  const vocabularyBytes = view.getUint32(16, true);
  const idsAt = NEIGHBOUR_HEADER_BYTES + vocabularyBytes;
  const expected = idsAt + count * k * 3;
  if (file.byteLength !== expected) throw new Error(`neighbour table has ${file.byteLength} bytes, its header implies ${expected}`);
  const text = new TextDecoder("utf-8").decode(file.subarray(NEIGHBOUR_HEADER_BYTES, idsAt));
  const words = text.split("\0", count);
  const ids = new Uint16Array(count * k);
  for (let i = 0; i < ids.length; i++) ids[i] = view.getUint16(idsAt + 2 * i, true);
  const similarities = file.slice(idsAt + count * k * 2, expected);
  return { words, k, ids, similarities };
}
