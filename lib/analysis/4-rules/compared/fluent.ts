import { areNeighbours } from "@/lib/lexicon/substitutes";
import { isSeenPair } from "@/lib/lexicon/phrase-stats";
import type { Token } from "../../1-segment/tokens";
import { numberValue } from "../../numbers";
import { PHRASE_BREAK_THRESHOLDS, type PhraseBreak } from "./phrase-break";
import { buildsNounPhrases, canBeNoun, isMainlyNoun } from "./word-class";

/**
 * Whether every swapped word is one the word vectors put close to the word it replaced
 * ("children"/"youngsters", "reporters"/"journalists"): words used alike in real text
 * read fluently wherever the other stood, even where the n-gram model never saw the new
 * pair. A spinner's tortured swaps take another sense's synonym ("spy"/"detective",
 * "press"/"push"), which the vectors keep apart.
 */
export function usedAlike(removed: Token[], added: Token[]): boolean {
  return removed.length === added.length && removed.every((was, i) => was.norm === added[i]!.norm || areNeighbours(was.norm, added[i]!.norm));
}

/** Two compounds of as many parts whose changed parts the word vectors put close ("own-label"/"own-brand"). */
export function partsUsedAlike(was: string, now: string): boolean {
  const wasParts = was.split("-");
  const nowParts = now.split("-");
  return wasParts.length === nowParts.length && wasParts.every((part, i) => part === nowParts[i] || areNeighbours(part, nowParts[i]!));
}

/**
 * A break excused because the new words are used alike in real text (usedAlike), unless
 * the original was a fixed noun phrase: "suicide pact" → "suicide accord" is garbled
 * however close "pact" and "accord" are.
 */
export function excusedAsFluent(broken: PhraseBreak, removed: Token[], added: Token[]): boolean {
  return !isFixedNounPhrase(broken) && usedAlike(removed, added);
}

/**
 * A noun phrase the model knows as a fixed expression ("suicide pact"); a verb's adverb is
 * not one ("rose sharply" → "climbed sharply" reads fine), nor is a count ("million
 * visitors" → "million guests": a number goes with any noun).
 */
export function isFixedNounPhrase(broken: PhraseBreak): boolean {
  if (numberValue(broken.was[0]!, false) !== null) return false;
  const first = broken.was[0]!.norm;
  const last = broken.was[broken.was.length - 1]!.norm;
  const rewrittenUnseen = broken.now.length === 2 && !isSeenPair(broken.now[0]!.norm, broken.now[1]!.norm);
  const needed = rewrittenUnseen ? PHRASE_BREAK_THRESHOLDS.originalFixedAgainstUnseen : PHRASE_BREAK_THRESHOLDS.originalStrong;
  // A word that is mainly a verb ("press") still modifies a noun in a phrase this fixed ("press conference").
  const modifies = buildsNounPhrases(first) || (canBeNoun(first) && broken.strength >= PHRASE_BREAK_THRESHOLDS.originalStrong);
  return broken.strength >= needed && modifies && isMainlyNoun(last);
}
