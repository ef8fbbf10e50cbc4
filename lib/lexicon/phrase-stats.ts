import { BoundedCache } from "./bounded-cache";
import { isSpellingVariant } from "./edit-distance";
import { loadLanguageModel } from "./ngram";
import { thesaurusSubstitutes } from "./substitutes";

/**
 * What the n-gram model (CMU's US-English trigram model, lib/lexicon/ngram) says about two
 * words side by side, in the terms the rules need. All values are log10.
 *
 * Every look-up takes the best of the words' spellings (a word and the spelling variants
 * a thesaurus lists for it): the model learnt American text, so "defence pact" is a pair
 * it never saw while "defense pact" is an established one (+1.8), yet it knows "labour
 * party" better than "labor party". A British article is judged as well as an American one.
 */

const spellingCache = new BoundedCache<string, readonly string[]>(50_000);

/** `word` and its other spellings ("defence" → "defense"), the word itself first. */
function spellingsOf(word: string): readonly string[] {
  let found = spellingCache.get(word);
  if (!found) {
    found = [word, ...thesaurusSubstitutes(word).filter((other) => isSpellingVariant(word, other))];
    spellingCache.set(word, found);
  }
  return found;
}

/** The best of `score` over every spelling of each word; null when no spelling scores. */
function bestOverSpellings(words: readonly string[], score: (spelt: readonly string[]) => number | null): number | null {
  // Most words have one spelling: look the phrase up once, as written.
  if (words.every((word) => spellingsOf(word).length === 1)) return score(words);
  let best: number | null = null;
  const visit = (at: number, spelt: string[]) => {
    if (at === words.length) {
      const value = score(spelt);
      if (value !== null && (best === null || value > best)) best = value;
      return;
    }
    for (const spelling of spellingsOf(words[at]!)) visit(at + 1, [...spelt, spelling]);
  };
  visit(0, []);
  return best;
}

/** log10 P(word), or null for a word the model does not know. */
export function wordLogProb(word: string): number | null {
  return bestOverSpellings([word], ([w]) => loadLanguageModel().unigramLogProb(w!));
}

/**
 * log10 P(word) for this spelling only, or null: a cheap first test where many words are
 * weighed (wordLogProb looks up each word's thesaurus entry for its other spellings).
 */
export function spellingLogProb(word: string): number | null {
  return loadLanguageModel().unigramLogProb(word);
}

/**
 * Whether the n-gram model knows `word` in some spelling ("programmes" through
 * "programs"): a British word the US model lacks is no rare word.
 */
export function isKnownWord(word: string): boolean {
  return wordLogProb(word) !== null;
}

/**
 * How much more likely `second` is right after `first` than anywhere: log10 P(b | a) −
 * log10 P(b). Established phrases score high ("prime minister" ≈ +2.6), chance
 * neighbours near 0 or below; a pair the model never saw scores its back-off weight
 * (≤ 0). Null when the model does not know either word (names, typos).
 */
export function association(first: string, second: string): number | null {
  const model = loadLanguageModel();
  return bestOverSpellings([first, second], ([a, b]) => {
    const unigram = model.unigramLogProb(b!);
    const conditional = model.knowsWord(a!) ? model.conditionalLogProb([a!], b!) : null;
    return unigram === null || conditional === null ? null : conditional - unigram;
  });
}

/** log10 P(word | the words before it), with the model's back-off; null for an unknown word. */
export function logProbAfter(history: readonly string[], word: string): number | null {
  return loadLanguageModel().conditionalLogProb(history, word);
}

/** Whether the model saw `first second` as a bigram at all. */
export function isSeenPair(first: string, second: string): boolean {
  return bestOverSpellings([first, second], ([a, b]) => loadLanguageModel().bigramLogProb(a!, b!)) !== null;
}

/**
 * How common a phrase is: log10 P(first) + log10 P(each next word | those before), the
 * chance of meeting it at a given position. Null when a word is unknown.
 */
export function phraseLogProb(words: readonly string[]): number | null {
  return bestOverSpellings(words, (spelt) => loadLanguageModel().phraseLogProb(spelt));
}

/**
 * The association of a phrase with a function word inside ("rite of passage"): how much
 * more likely `third` is after `first middle` than after `middle` alone, log10 P(c | a b)
 * − log10 P(c | b). "rite of passage" ≈ +4.1, "act of passage" ≈ −0.3. Null when a word
 * is unknown.
 */
export function gappedAssociation(first: string, middle: string, third: string): number | null {
  const model = loadLanguageModel();
  return bestOverSpellings([first, middle, third], ([a, b, c]) => {
    if (!model.knowsWord(a!) || !model.knowsWord(b!)) return null;
    const full = model.conditionalLogProb([a!, b!], c!);
    const short = model.conditionalLogProb([b!], c!);
    return full === null || short === null ? null : full - short;
  });
}

/** Whether the model saw `first middle third` as a trigram. */
export function isSeenTriple(first: string, middle: string, third: string): boolean {
  return bestOverSpellings([first, middle, third], ([a, b, c]) => loadLanguageModel().trigramLogProb(a!, b!, c!)) !== null;
}
