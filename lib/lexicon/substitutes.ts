import { BoundedCache } from "./bounded-cache";
import { inflectLike } from "./inflect";
import { loadLanguageModel } from "./ngram";
import { wordNeighbours } from "./neighbours";
import { lemmasOf, type WordNetPos } from "./wordnet";
import { hyponymOffsets, readSynset, synsetsOf } from "./wordnet-synsets";
import { MAX_SISTERS } from "./wordnet-relations";

/** The most substitutes one word offers; WordNet's widest words ("take") have over a hundred. */
const MAX_SUBSTITUTES = 40;
/**
 * Embedding neighbours closer than this (GloVe cosine) are near-synonyms or close
 * associates ("hands"/"arms"); below it they drift to topic words. Used to relate a swap
 * that is known (compared), and to excuse a word the model dislikes where a neighbour
 * would fit (misfit-words): never as substitutes for reverse spinning, where they raised
 * false alarms on the dev set's honest sources (60% clean at 0.6, 87% at 0.8, 88%
 * without) and added no recall.
 */
const MIN_NEIGHBOUR_SIMILARITY = 0.6;

const cache = new BoundedCache<string, readonly string[]>(50_000);

/**
 * Words a thesaurus would offer for `word`, in the written word's inflection: its one-word
 * WordNet synonyms in every part of speech ("detective" → "investigator", "tec"),
 * commonest first (the n-gram model's unigram), at most MAX_SUBSTITUTES. Used both ways: a
 * spinner replaced an original with one of these, so the original is one of these words'
 * substitutes too. Lower-case alphabetic words only; [] for anything else.
 */
export function thesaurusSubstitutes(word: string): readonly string[] {
  let found = cache.get(word);
  if (found) return found;
  const out = new Set<string>();
  if (/^[a-z]+$/.test(word)) {
    for (const pos of ["noun", "verb", "adj", "adv"] as WordNetPos[]) {
      for (const lemma of lemmasOf(word, pos)) {
        for (const synset of synsetsOf(pos, lemma)) {
          for (const synonym of synset.lemmas) {
            const inflected = synonym !== lemma && /^[a-z]{2,}$/.test(synonym) ? inflectLike(word, lemma, synonym, pos) : null;
            if (inflected) out.add(inflected);
          }
        }
      }
    }
  }
  out.delete(word);
  // Commonest first: a spinner's victim is usually the everyday word ("press" for "push").
  const frequency = (w: string) => loadLanguageModel().unigramLogProb(w) ?? -Infinity;
  found = [...out].sort((a, b) => frequency(b) - frequency(a)).slice(0, MAX_SUBSTITUTES);
  cache.set(word, found);
  return found;
}

/**
 * Whether a thesaurus entry for `original` offers `written` among its first `senses`
 * senses in some part of speech: spinners take the synonyms listed first, the senses
 * WordNet ranks commonest ("press" → "push"), rarely a far sense's ("pressure" →
 * "blackjack"). Either word in any inflection.
 */
export function offersAmongFirstSenses(original: string, written: string, senses: number): boolean {
  for (const pos of ["noun", "verb", "adj", "adv"] as WordNetPos[]) {
    const writtenLemmas = new Set(lemmasOf(written, pos));
    if (writtenLemmas.size === 0) continue;
    for (const lemma of lemmasOf(original, pos)) {
      if (synsetsOf(pos, lemma).slice(0, senses).some((synset) => synset.lemmas.some((l) => writtenLemmas.has(l)))) return true;
    }
  }
  return false;
}

/** Whether the word vectors put `a` and `b` close together ("hands"/"arms"), either way round. */
export function areNeighbours(a: string, b: string): boolean {
  const close = (x: string, y: string) => wordNeighbours(x).some((n) => n.word === y && n.similarity >= MIN_NEIGHBOUR_SIMILARITY);
  return close(a, b) || close(b, a);
}

/**
 * Pointers a thesaurus.com-style list follows beyond synonyms: similar to ("careful" →
 * "cautious"), also see, and the parent ("minister" → "clergyman"); hyponyms are read
 * separately (hyponymOffsets).
 */
const RELATIVE_POINTERS = new Set(["&", "^", "@"]);
/** Senses of the written word whose relatives count: the ones a thesaurus lists first. */
const RELATIVE_SENSES = 3;

const relativesCache = new BoundedCache<string, readonly string[]>(50_000);

/**
 * The words one WordNet pointer from `word` in its first senses that are not its synonyms:
 * parent and children (where the parent has at most MAX_SISTERS children), similar
 * to, also see, in the written word's inflection, commonest first, at most
 * MAX_SUBSTITUTES. Thesauri list these as synonyms, so a spinner may have written
 * "clergyman" for "minister"; but so many relatives land on some phrase by chance that
 * callers need much stronger evidence than for a synonym.
 */
export function thesaurusRelatives(word: string): readonly string[] {
  let found = relativesCache.get(word);
  if (found) return found;
  const out = new Set<string>();
  const add = (lemma: string, relatives: readonly string[], pos: WordNetPos) => {
    for (const relative of relatives) {
      const inflected = relative !== lemma && /^[a-z]{2,}$/.test(relative) ? inflectLike(word, lemma, relative, pos) : null;
      if (inflected) out.add(inflected);
    }
  };
  if (/^[a-z]+$/.test(word)) {
    for (const pos of ["noun", "verb", "adj", "adv"] as WordNetPos[]) {
      for (const lemma of lemmasOf(word, pos)) {
        for (const synset of synsetsOf(pos, lemma).slice(0, RELATIVE_SENSES)) {
          for (const pointer of synset.pointers) {
            if (!RELATIVE_POINTERS.has(pointer.symbol) || pointer.pos !== pos) continue;
            const target = readSynset(pointer.pos, pointer.offset);
            if (target && !(pointer.symbol === "@" && target.hyponymCount > MAX_SISTERS)) add(lemma, target.lemmas, pos);
          }
          // A word with hundreds of kinds ("group") is too general for its kinds to be its synonyms.
          if (synset.hyponymCount <= MAX_SISTERS) for (const offset of hyponymOffsets(pos, synset.offset)) add(lemma, readSynset(pos, offset)?.lemmas ?? [], pos);
        }
      }
    }
  }
  for (const synonym of thesaurusSubstitutes(word)) out.delete(synonym);
  out.delete(word);
  const frequency = (w: string) => loadLanguageModel().unigramLogProb(w) ?? -Infinity;
  found = [...out].sort((a, b) => frequency(b) - frequency(a)).slice(0, MAX_SUBSTITUTES);
  relativesCache.set(word, found);
  return found;
}
