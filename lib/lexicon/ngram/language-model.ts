import { TrieModel } from "./trie-model";

/** log10 of sphinxbase's log-math base (1.0001): one unit of a trie score in log10. */
const LOG10_PER_UNIT = Math.log10(1.0001);

/**
 * Word-level questions to an n-gram model. Every probability is a log10. Words are
 * looked up lower-cased (the vocabulary is lower-case, with `<s>` and `</s>` for the
 * sentence boundaries); a word the model lacks makes a probability `null` rather than a
 * made-up floor, so callers decide what unknown means.
 */
export class LanguageModel {
  constructor(private readonly trie: TrieModel) {}

  /** The model's order (3 for CMU's en-us model). */
  get order(): number {
    return this.trie.order;
  }

  /** Words in the vocabulary. */
  get vocabularySize(): number {
    return this.trie.vocabularySize;
  }

  /** Whether the vocabulary holds `word` (case-insensitive). */
  knowsWord(word: string): boolean {
    return this.trie.wordId(word.toLowerCase()) !== undefined;
  }

  /** log10 P(word), or null for a word the model lacks. */
  unigramLogProb(word: string): number | null {
    const id = this.trie.wordId(word.toLowerCase());
    return id === undefined ? null : this.trie.unigramUnits(id) * LOG10_PER_UNIT;
  }

  /**
   * log10 P(word | history) with the model's back-off, as sphinxbase's `ngram_ng_prob`
   * computes it. `history` is in text order (`["prime"]` before `"minister"`); only its
   * last order − 1 words count, and it is cut at its last unknown word, as the library does.
   * @returns null when `word` is unknown.
   */
  conditionalLogProb(history: readonly string[], word: string): number | null {
    const id = this.trie.wordId(word.toLowerCase());
    if (id === undefined) return null;
    return this.trie.score(id, this.historyIds(history)).units * LOG10_PER_UNIT;
  }

  /**
   * log10 P(b | a) when the model holds the bigram "a b", else null (unseen, or a word
   * unknown). "Holds" is the library's sense (`ngram_ng_prob` uses two words): that also
   * counts the ~55,000 bigrams (2.7%) the trie stores only because a trigram "x a b" was
   * kept while "a b" itself was pruned; those carry the back-off value and a zero back-off.
   */
  bigramLogProb(a: string, b: string): number | null {
    return this.seenNgram([a], b);
  }

  /** log10 P(c | a b) when the model holds the trigram "a b c", else null. */
  trigramLogProb(a: string, b: string, c: string): number | null {
    return this.seenNgram([a, b], c);
  }

  /**
   * log10 probability of a word sequence: each word scored after up to order − 1 words
   * before it (the first word alone, with no sentence start assumed; put "<s>" first to
   * score a sentence opening).
   * @returns null when any word is unknown, or for an empty sequence.
   */
  phraseLogProb(words: readonly string[]): number | null {
    if (words.length === 0) return null;
    let total = 0;
    for (const score of this.wordLogProbs(words)) {
      if (score === null) return null;
      total += score;
    }
    return total;
  }

  /** The log10 probability of each word given the ones before it (null for an unknown word). */
  wordLogProbs(words: readonly string[]): Array<number | null> {
    return words.map((word, i) => this.conditionalLogProb(words.slice(Math.max(0, i - (this.trie.order - 1)), i), word));
  }

  private seenNgram(history: readonly string[], word: string): number | null {
    const id = this.trie.wordId(word.toLowerCase());
    const ids = this.historyIds(history);
    if (id === undefined || ids.length < history.length) return null;
    const score = this.trie.score(id, ids);
    return score.used === history.length + 1 ? score.units * LOG10_PER_UNIT : null;
  }

  /** History ids most recent first, stopping at the first unknown word from the end. */
  private historyIds(history: readonly string[]): number[] {
    const ids: number[] = [];
    for (let i = history.length - 1; i >= 0 && ids.length < this.trie.order - 1; i--) {
      const id = this.trie.wordId((history[i] ?? "").toLowerCase());
      if (id === undefined) break;
      ids.push(id);
    }
    return ids;
  }
}
