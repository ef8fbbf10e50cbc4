import { FUNCTION_WORDS } from "@/lib/lexicon/function-words";
import { lemmasOf } from "@/lib/lexicon/wordnet";
import { synsetsOf } from "@/lib/lexicon/wordnet-synsets";
import type { Token } from "../tokens";

/** A content word: a word that is not a function word, a number or a name. */
export function isContentWord(token: Token): boolean {
  return token.isWord && !FUNCTION_WORDS.has(token.norm) && !/^\d/.test(token.norm) && !/^\p{Lu}/u.test(token.text);
}

function senseCount(word: string, pos: "noun" | "verb" | "adj"): number {
  return lemmasOf(word, pos).reduce((sum, lemma) => sum + synsetsOf(pos, lemma).length, 0);
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

/** A noun first: more noun senses than verb senses, and not a past form ("found", "rose"). */
export function isMainlyNoun(word: string): boolean {
  if (/ed$/.test(word)) return false;
  const nouns = senseCount(word, "noun");
  return nouns > 0 && nouns >= senseCount(word, "verb") && lemmasOf(word, "verb").every((lemma) => lemma === word || lemmasOf(word, "noun").includes(word));
}
