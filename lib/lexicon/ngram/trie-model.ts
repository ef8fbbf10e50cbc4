import type { PackedArray } from "./trie-layout";
import { QUANT_BITS, readTrieLayout } from "./trie-layout";
import type { RecordRange } from "./packed-array";
import { childRange, findRecord, middleBackoffIndex, probabilityIndex } from "./packed-array";

/** A score in sphinxbase's log-math units and how many words of the n-gram it used. */
export interface TrieScore {
  /** log base 1.0001 of the probability, as float32 arithmetic gives it. */
  units: number;
  /** 1 for the unigram alone, 2 when a bigram was found, and so on. */
  used: number;
}

/**
 * An n-gram model searched in place in the bytes of a sphinxbase trie binary: nothing is
 * unpacked but the vocabulary, so loading costs one file read and one Map.
 * Scores follow `lm_trie_score` in sphinxbase's lm_trie.c step for step, including its
 * float32 sums, so they agree with the library to the unit.
 */
export class TrieModel {
  readonly order: number;
  readonly counts: readonly number[];
  private readonly bytes: Uint8Array;
  private readonly unigramProb: Float32Array;
  private readonly unigramBackoff: Float32Array;
  private readonly unigramNext: Uint32Array;
  /** [order−2] → probability table; middle orders also have a back-off table. */
  private readonly probTables: Float32Array[] = [];
  private readonly backoffTables: Float32Array[] = [];
  private readonly middles: PackedArray[];
  private readonly longest: PackedArray;
  private readonly ids = new Map<string, number>();
  private readonly words: string[];

  /** @param file the whole binary; it is kept, not copied (unless misaligned for float views). */
  constructor(file: Uint8Array) {
    const layout = readTrieLayout(file);
    // Float32Array views need 4-byte alignment; a Buffer from the shared pool may lack it.
    this.bytes = file.byteOffset % 4 === 0 ? file : new Uint8Array(file);
    this.order = layout.order;
    this.counts = layout.counts;
    const buffer = this.bytes.buffer;
    const base = this.bytes.byteOffset;
    const tableLength = 1 << QUANT_BITS;
    let table = base + layout.quantOffset;
    for (let n = 2; n <= layout.order; n++) {
      this.probTables.push(new Float32Array(buffer, table, tableLength));
      table += tableLength * 4;
      if (n < layout.order) {
        this.backoffTables.push(new Float32Array(buffer, table, tableLength));
        table += tableLength * 4;
      }
    }
    const unigrams = (layout.counts[0] ?? 0) + 1;
    const records = new Uint32Array(buffer, base + layout.unigramOffset, unigrams * 3);
    const floats = new Float32Array(buffer, base + layout.unigramOffset, unigrams * 3);
    this.unigramProb = new Float32Array(unigrams);
    this.unigramBackoff = new Float32Array(unigrams);
    this.unigramNext = new Uint32Array(unigrams);
    for (let i = 0; i < unigrams; i++) {
      this.unigramProb[i] = floats[3 * i] ?? 0;
      this.unigramBackoff[i] = floats[3 * i + 1] ?? 0;
      this.unigramNext[i] = records[3 * i + 2] ?? 0;
    }
    this.middles = layout.arrays.slice(0, -1);
    const longest = layout.arrays.at(-1);
    if (!longest) throw new Error("trie language model has no n-gram arrays");
    this.longest = longest;
    const text = new TextDecoder("utf-8").decode(this.bytes.subarray(layout.vocabularyOffset, layout.vocabularyOffset + layout.vocabularyBytes));
    this.words = text.split("\0", layout.counts[0]);
    this.words.forEach((word, id) => this.ids.set(word, id));
  }

  /** The id of a vocabulary word (exact spelling), or undefined. */
  wordId(word: string): number | undefined {
    return this.ids.get(word);
  }

  /** The word with id `id`. */
  wordOf(id: number): string | undefined {
    return this.words[id];
  }

  /** Vocabulary size. */
  get vocabularySize(): number {
    return this.words.length;
  }

  /** Unigram log probability in log-math units. */
  unigramUnits(id: number): number {
    return this.unigramProb[id] ?? Number.NEGATIVE_INFINITY;
  }

  /**
   * Scores `word` after `history` (word ids, most recent first, as sphinxbase takes them),
   * backing off as `lm_trie_score` does. History beyond order − 1 words is ignored.
   */
  score(word: number, history: readonly number[]): TrieScore {
    const n = Math.min(history.length, this.order - 1);
    return n < this.order - 1 ? this.scoreShortHistory(word, history, n) : this.scoreFullHistory(word, history, n);
  }

  /** `lm_trie_nobo_score`: the longest n-gram found, plus the back-offs of the history it skipped. */
  private scoreShortHistory(word: number, history: readonly number[], n: number): TrieScore {
    let units = this.unigramProb[word] ?? Number.NEGATIVE_INFINITY;
    let used = 1;
    if (n === 0) return { units, used };
    const node = this.unigramRange(word);
    for (let k = 0; k < n && node.begin !== node.end; k++) {
      const middle = this.middles[k];
      if (!middle) break;
      const found = this.findIn(middle, node, history[k] ?? -1);
      if (found < 0) break;
      units = this.probTables[k]?.[probabilityIndex(this.bytes, middle, found)] ?? units;
      used = k + 2;
      Object.assign(node, childRange(this.bytes, middle, found));
    }
    if (n < used) return { units, used };
    return { units: Math.fround(units + this.historyBackoff(used, history, n)), used };
  }

  /** `get_available_backoff`: the back-offs of the contexts history[start−1 …] that exist. */
  private historyBackoff(start: number, history: readonly number[], n: number): number {
    const first = history[0] ?? -1;
    const node = this.unigramRange(first);
    let backoff = 0;
    if (start <= 1) {
      backoff = Math.fround(backoff + (this.unigramBackoff[first] ?? 0));
      start = 2;
    }
    for (let k = start - 2, h = start - 1; h < n; h++, k++) {
      const middle = this.middles[k];
      if (!middle) break;
      const found = this.findIn(middle, node, history[h] ?? -1);
      if (found < 0) break;
      backoff = Math.fround(backoff + (this.backoffTables[k]?.[middleBackoffIndex(this.bytes, middle, found)] ?? 0));
      Object.assign(node, childRange(this.bytes, middle, found));
    }
    return backoff;
  }

  /** `lm_trie_hist_score`: a full history, with the back-off of every context that exists. */
  private scoreFullHistory(word: number, history: readonly number[], n: number): TrieScore {
    const backoffs = this.contextBackoffs(history, n);
    let units = this.unigramProb[word] ?? Number.NEGATIVE_INFINITY;
    let used = 1;
    const node = this.unigramRange(word);
    for (let k = 0; k < n - 1; k++) {
      const middle = this.middles[k];
      const found = middle ? this.findIn(middle, node, history[k] ?? -1) : -1;
      if (!middle || found < 0) {
        for (let j = k; j < n; j++) units = Math.fround(units + (backoffs[j] ?? 0));
        return { units, used };
      }
      used++;
      units = this.probTables[k]?.[probabilityIndex(this.bytes, middle, found)] ?? units;
      Object.assign(node, childRange(this.bytes, middle, found));
    }
    const found = this.findIn(this.longest, node, history[n - 1] ?? -1);
    if (found < 0) return { units: Math.fround(units + (backoffs[n - 1] ?? 0)), used };
    const table = this.probTables[this.order - 2];
    return { units: table?.[probabilityIndex(this.bytes, this.longest, found)] ?? units, used: used + 1 };
  }

  /** `update_backoff`: backoffs[i] is the back-off of the context history[i] … history[0], 0 if it does not exist. */
  private contextBackoffs(history: readonly number[], n: number): number[] {
    const first = history[0] ?? -1;
    const backoffs = new Array<number>(n).fill(0);
    backoffs[0] = this.unigramBackoff[first] ?? 0;
    const node = this.unigramRange(first);
    for (let i = 1; i < n; i++) {
      const middle = this.middles[i - 1];
      const found = middle ? this.findIn(middle, node, history[i] ?? -1) : -1;
      if (!middle || found < 0) break;
      backoffs[i] = this.backoffTables[i - 1]?.[middleBackoffIndex(this.bytes, middle, found)] ?? 0;
      Object.assign(node, childRange(this.bytes, middle, found));
    }
    return backoffs;
  }

  /** The records of the words seen before `word` (its reverse-trie children). */
  private unigramRange(word: number): RecordRange {
    return { begin: this.unigramNext[word] ?? 0, end: this.unigramNext[word + 1] ?? 0 };
  }

  private findIn(array: PackedArray, range: RecordRange, word: number): number {
    return word < 0 || range.begin >= range.end ? -1 : findRecord(this.bytes, array, range, word);
  }
}
