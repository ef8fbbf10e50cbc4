/**
 * Where each part of a sphinxbase "Trie Language Model" binary lies, read from its
 * header. The layout (sphinxbase's `ngram_model_trie_read_bin`, `lm_trie.c`,
 * `lm_trie_quant.c`; KenLM's reverse trie) is, little-endian:
 *
 *   "Trie Language Model" (19 bytes, no terminator) · order (uint8) · counts (uint32 × order)
 *   quantiser: int32 (unused) · float32 tables of 2^16 entries: for each middle order a
 *     probability table then a back-off table, then the longest order's probability table
 *   unigrams: (counts[0] + 1) × { prob float32, backoff float32, next uint32 }
 *   middle arrays (orders 2 … order−1), then the longest array: bit-packed records
 *   vocabulary: int32 byte length, then NUL-terminated words in word-id order
 *
 * The trie is keyed from the predicted word backwards: a unigram's `next` range lists
 * the words that precede it, each of those records the words before them, and so on.
 * Probabilities and back-offs are logarithms in sphinxbase's log-math units (base 1.0001).
 */

export const TRIE_HEADER = "Trie Language Model";
/** Bits per quantised probability and per quantised back-off (fixed in lm_trie_quant.c). */
export const QUANT_BITS = 16;
const UNIGRAM_RECORD_BYTES = 12;

/** One bit-packed array of n-gram records of a single order. */
export interface PackedArray {
  /** Byte offset of the array in the file. */
  byteOffset: number;
  /** Records in the array (without the sentinel that closes the last range). */
  entries: number;
  wordBits: number;
  /** Bits of the quantised weights: prob + back-off for middle orders, prob for the longest. */
  quantBits: number;
  /** Bits of the pointer into the next order (0 for the longest order). */
  nextBits: number;
  totalBits: number;
}

export interface TrieLayout {
  order: number;
  counts: number[];
  /** Byte offset of the first quantiser table (float32s). */
  quantOffset: number;
  unigramOffset: number;
  /** Middle orders 2 … order−1, then the longest order last. */
  arrays: PackedArray[];
  vocabularyOffset: number;
  vocabularyBytes: number;
}

/** Bits needed to store values up to `max` (sphinxbase's `bitarr_required_bits`). */
export function requiredBits(max: number): number {
  return max === 0 ? 0 : Math.floor(Math.log2(max)) + 1;
}

/** Bytes of a packed array: one extra record for the closing pointer, and 8 bytes of slack. */
function packedBytes(array: PackedArray): number {
  return Math.floor(((array.entries + 1) * array.totalBits + 7) / 8) + 8;
}

/**
 * Reads the layout of a trie binary.
 * @throws Error when the header or the section sizes do not match the format, so a
 *   truncated or foreign file fails at load instead of answering nonsense.
 */
export function readTrieLayout(file: Uint8Array): TrieLayout {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const header = new TextDecoder("latin1").decode(file.subarray(0, TRIE_HEADER.length));
  if (header !== TRIE_HEADER) throw new Error(`not a sphinxbase trie language model (header "${header}")`);
  let at = TRIE_HEADER.length;
  const order = view.getUint8(at);
  at += 1;
  if (order < 2 || order > 6) throw new Error(`unsupported n-gram order ${order}`);
  const counts: number[] = [];
  for (let i = 0; i < order; i++, at += 4) counts.push(view.getUint32(at, true));

  at += 4; // the quantiser's unused int32
  const quantOffset = at;
  const tables = 2 * (order - 2) + 1;
  at += tables * (1 << QUANT_BITS) * 4;

  const unigramOffset = at;
  const vocab = counts[0] ?? 0;
  at += (vocab + 1) * UNIGRAM_RECORD_BYTES;

  const wordBits = requiredBits(vocab);
  const arrays: PackedArray[] = [];
  for (let n = 2; n <= order; n++) {
    const longest = n === order;
    const entries = counts[n - 1] ?? 0;
    const quantBits = longest ? QUANT_BITS : 2 * QUANT_BITS;
    const nextBits = longest ? 0 : requiredBits(counts[n] ?? 0);
    const array: PackedArray = { byteOffset: at, entries, wordBits, quantBits, nextBits, totalBits: wordBits + quantBits + nextBits };
    arrays.push(array);
    at += packedBytes(array);
  }

  const vocabularyBytes = view.getInt32(at, true);
  const vocabularyOffset = at + 4;
  if (vocabularyOffset + vocabularyBytes !== file.byteLength) {
    throw new Error(`trie language model has ${file.byteLength} bytes, its header implies ${vocabularyOffset + vocabularyBytes}`);
  }
  return { order, counts, quantOffset, unigramOffset, arrays, vocabularyOffset, vocabularyBytes };
}
