import { BoundedCache } from "@/lib/lexicon/bounded-cache";
import { FUNCTION_WORDS } from "@/lib/lexicon/function-words";
import { lemmasOf } from "@/lib/lexicon/wordnet";
import { synsetsOf } from "@/lib/lexicon/wordnet-synsets";
import type { Token } from "../../1-segment/tokens";

/** A content word: a word that is not a function word, a number or a name. */
/** Words after which the next word is a verb ("to hurt retailers"), never a noun modifier. */
export const VERB_MARKERS: ReadonlySet<string> = new Set(["to", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "not", "n't", "did", "does", "do"]);

export function isContentWord(token: Token): boolean {
  if (!token.isWord || FUNCTION_WORDS.has(token.norm)) return false;
  const first = token.text.charCodeAt(0);
  if (first >= 48 && first <= 57) return false; // a number
  if (first >= 65 && first <= 90) return false; // a name (ASCII capital: the common case)
  return first < 128 || !/^\p{Lu}/u.test(token.text);
}

/** Sense counts by "pos word": every changed word of every pair asks, and WordNet reads are parsed lines. */
const senseCounts = new BoundedCache<string, number>(50_000);

function senseCount(word: string, pos: "noun" | "verb" | "adj"): number {
  const key = `${pos} ${word}`;
  let count = senseCounts.get(key);
  if (count === undefined) {
    // The likeliest lemma, not all: morphy reads "routes" as "route" and "rout" too.
    count = Math.max(0, ...lemmasOf(word, pos).map((lemma) => synsetsOf(pos, lemma).length));
    senseCounts.set(key, count);
  }
  return count;
}

/** Can be a noun and is not mainly an adjective ("spy", "research", "press"; not "senior"). */
export function canBeNoun(word: string): boolean {
  const nouns = senseCount(word, "noun");
  return nouns > 0 && nouns >= senseCount(word, "adj");
}

/**
 * A classifying adjective, one that says what kind of thing rather than how it is:
 * WordNet marks these as pertainyms ("military" pertains to the military, "economic" to
 * the economy, "nuclear" to the nucleus). They form fixed expressions with their nouns
 * ("military cooperation"), unlike qualitative adjectives ("sharp rise").
 */
export function isClassifyingAdjective(word: string): boolean {
  return lemmasOf(word, "adj").some((lemma) => synsetsOf("adj", lemma).some((s) => s.pointers.some((p) => p.symbol === "\\")));
}

/**
 * Reads as a noun: not a past or present participle ("found", "rising") unless WordNet has
 * the form as a noun ("briefing"), not an inflected
 * verb whose base is another word ("found" -> "find"), and with at least a third as many
 * noun senses as verb senses ("call" 13:28 counts; "find" 2:16 does not).
 */
export function isMainlyNoun(word: string): boolean {
  // A participle is no noun unless WordNet lists the form as a noun of its own ("briefing", "need").
  if (/(ed|ing)$/.test(word) && !lemmasOf(word, "noun").includes(word)) return false;
  if (isInflectedVerb(word) && !lemmasOf(word, "noun").length) return false;
  const nouns = senseCount(word, "noun");
  return nouns > 0 && nouns * 3 >= senseCount(word, "verb");
}

/** A verb in an inflected form: its verb lemma differs from it ("finds", "remained", "going"). */
export function isInflectedVerb(word: string): boolean {
  return lemmasOf(word, "verb").some((lemma) => lemma !== word);
}

/** Has at least as many verb senses as noun senses in WordNet ("remains": 4 to 2; not "lines"). */
export function hasAsManyVerbSenses(word: string): boolean {
  const verbs = senseCount(word, "verb");
  return verbs > 0 && verbs >= senseCount(word, "noun");
}

/** Can be an adjective or a noun: words that build noun phrases, where spinners' swaps show. */
export function buildsNounPhrases(word: string): boolean {
  if (/(ed|ing|ly)$/.test(word)) return false; // participles and adverbs: "stated", "observing"
  const nominal = senseCount(word, "adj") + senseCount(word, "noun");
  return nominal > 0 && nominal >= senseCount(word, "verb");
}

/**
 * A verb form that WordNet also lists as a noun or adjective of its own ("trucking",
 * "written"): it can modify a noun ("trucking routes", "written guarantees"), though
 * buildsNounPhrases, which weighs all of the verb's senses, says no.
 */
export function isNominalParticiple(word: string): boolean {
  if (!/(ed|ing|en)$/.test(word) || !isInflectedVerb(word)) return false;
  return lemmasOf(word, "noun").includes(word) || lemmasOf(word, "adj").includes(word);
}

/**
 * A noun and then a verb in a form of its own ("council approved", "ship sank", "prices
 * rose"): a subject and its verb, a clause rather than a phrase. However often the model
 * saw the two together, no fixed expression breaks when both are reworded ("councillors
 * backed"); each word is judged as a swap of its own.
 */
export function isSubjectAndVerb(first: string, second: string): boolean {
  return canBeNoun(first) && isInflectedVerb(second) && !isMainlyNoun(second);
}

/**
 * A noun in the plural and nothing else ("studies"; not "news", "light", "arms" as in
 * "arms race"). English modifies with the singular, so a pair with a plural modifier
 * ("studies teacher") is English only inside a longer name ("social studies teacher").
 */
export function isPluralNoun(word: string): boolean {
  const lemmas = lemmasOf(word, "noun");
  return lemmas.length > 0 && !lemmas.includes(word) && lemmasOf(word, "adj").length === 0;
}
