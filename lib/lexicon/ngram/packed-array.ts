import type { PackedArray } from "./trie-layout";
import { QUANT_BITS } from "./trie-layout";

/** A half-open range of record indices in the next order's array. */
export interface RecordRange {
  begin: number;
  end: number;
}

/**
 * Reads `length` (≤ 25) bits starting at bit `bitOffset` of the array at `byteOffset`,
 * least significant bit first, as sphinxbase's `bitarr_read_int25` does on a
 * little-endian machine. The 8 bytes of slack after every array keep the 4-byte read
 * inside the file.
 */
export function readBits(bytes: Uint8Array, byteOffset: number, bitOffset: number, length: number): number {
  const at = byteOffset + (bitOffset >>> 3);
  const word = ((bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16) | ((bytes[at + 3] ?? 0) << 24)) >>> 0;
  return (word >>> (bitOffset & 7)) & ((1 << length) - 1);
}

/** The word id of record `index`. */
export function recordWord(bytes: Uint8Array, array: PackedArray, index: number): number {
  return readBits(bytes, array.byteOffset, index * array.totalBits, array.wordBits);
}

/**
 * Finds the record for `word` among records `range.begin … range.end − 1`, which are
 * sorted by word id (each range is one context's continuations). Binary search.
 * @returns the record index, or −1 when the word has no record there.
 */
export function findRecord(bytes: Uint8Array, array: PackedArray, range: RecordRange, word: number): number {
  let low = range.begin;
  let high = range.end - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const found = recordWord(bytes, array, mid);
    if (found < word) low = mid + 1;
    else if (found > word) high = mid - 1;
    else return mid;
  }
  return -1;
}

/** Quantised back-off index of a middle-order record (the low 16 weight bits). */
export function middleBackoffIndex(bytes: Uint8Array, array: PackedArray, index: number): number {
  return readBits(bytes, array.byteOffset, index * array.totalBits + array.wordBits, QUANT_BITS);
}

/** Quantised probability index of a record (the high 16 weight bits of a middle record, the only 16 of a longest one). */
export function probabilityIndex(bytes: Uint8Array, array: PackedArray, index: number): number {
  const skip = array.nextBits === 0 ? 0 : QUANT_BITS;
  return readBits(bytes, array.byteOffset, index * array.totalBits + array.wordBits + skip, QUANT_BITS);
}

/** The range of next-order records under middle record `index` (it ends where the following record's begins). */
export function childRange(bytes: Uint8Array, array: PackedArray, index: number): RecordRange {
  const pointerAt = array.wordBits + array.quantBits;
  return {
    begin: readBits(bytes, array.byteOffset, index * array.totalBits + pointerAt, array.nextBits),
    end: readBits(bytes, array.byteOffset, (index + 1) * array.totalBits + pointerAt, array.nextBits),
  };
}
