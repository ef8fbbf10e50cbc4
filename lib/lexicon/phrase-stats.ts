import { loadLanguageModel } from "./ngram";

/**
 * What the n-gram model (CMU's US-English trigram model, lib/lexicon/ngram) says about two
 * words side by side, in the terms the rules need. All values are log10.
 */

/** log10 P(word), or null for a word the model does not know. */
export function wordLogProb(word: string): number | null {
  return loadLanguageModel().unigramLogProb(word);
}

/**
 * How much more likely `second` is right after `first` than anywhere: log10 P(b | a) −
 * log10 P(b). Established phrases score high ("prime minister" ≈ +2.6), chance
 * neighbours near 0 or below; a pair the model never saw scores its back-off weight
 * (≤ 0). Null when the model does not know either word (names, typos).
 */
export function association(first: string, second: string): number | null {
  const model = loadLanguageModel();
  const unigram = model.unigramLogProb(second);
  const conditional = model.knowsWord(first) ? model.conditionalLogProb([first], second) : null;
  return unigram === null || conditional === null ? null : conditional - unigram;
}

/** log10 P(word | the words before it), with the model's back-off; null for an unknown word. */
export function logProbAfter(history: readonly string[], word: string): number | null {
  return loadLanguageModel().conditionalLogProb(history, word);
}

/** Whether the model saw `first second` as a bigram at all. */
export function isSeenPair(first: string, second: string): boolean {
  return loadLanguageModel().bigramLogProb(first, second) !== null;
}

/**
 * How common a phrase is: log10 P(first) + log10 P(each next word | those before), the
 * chance of meeting it at a given position. Null when a word is unknown.
 */
export function phraseLogProb(words: readonly string[]): number | null {
  return loadLanguageModel().phraseLogProb(words);
}

/**
 * The association of a phrase with a function word inside ("rite of passage"): how much
 * more likely `third` is after `first middle` than after `middle` alone, log10 P(c | a b)
 * − log10 P(c | b). "rite of passage" ≈ +4.1, "act of passage" ≈ −0.3. Null when a word
 * is unknown.
 */
export function gappedAssociation(first: string, middle: string, third: string): number | null {
  const model = loadLanguageModel();
  if (!model.knowsWord(first) || !model.knowsWord(middle)) return null;
  const full = model.conditionalLogProb([first, middle], third);
  const short = model.conditionalLogProb([middle], third);
  return full === null || short === null ? null : full - short;
}

/** Whether the model saw `first middle third` as a trigram. */
export function isSeenTriple(first: string, middle: string, third: string): boolean {
  return loadLanguageModel().trigramLogProb(first, middle, third) !== null;
}
