import { association, gappedAssociation, isSeenPair, isSeenTriple } from "@/lib/lexicon/phrase-stats";
import { STOPWORDS } from "@/lib/lexicon/stopwords";
import { isWordNetPhrase, lemmasOf, wordRelation, type WordNetPos } from "@/lib/lexicon/wordnet";
import type { Token } from "../../1-segment/tokens";
import { adjacent } from "./relations";
import { buildsNounPhrases, canBeNoun, hasAsManyVerbSenses, isInflectedVerb, isMainlyNoun, isSubjectAndVerb, VERB_MARKERS } from "./word-class";

/**
 * Thresholds on the n-gram model's association (log10 P(b|a) − log10 P(b)). Tuned on the
 * tuning part of the spinner-made dev set (scripts/devset) and checked against the eval
 * corpus's honest copy-edits, which must stay quiet.
 */
export const PHRASE_BREAK_THRESHOLDS = {
  /** The original pair was an established phrase: this associated and seen by the model. */
  originalEstablished: 1.5,
  /** A phrase this associated ("artificial intelligence", 3.7) is a fixed expression: replaced word for word, it is garbled even when no thesaurus links the words. */
  originalStrong: 2.5,
  /**
   * A noun phrase this associated, rewritten into a pair the model never saw, stays broken
   * however close the new word's vectors put it ("fast track" 2.2 → "fast course"); against
   * a pair the model knows only originalStrong does ("suicide pact" → "suicide accord").
   */
  originalFixedAgainstUnseen: 1.75,
  /** Against a rewritten pair the model never saw, an original noun phrase this associated is phrase enough ("police powers", 0.98 → "cop powers", unseen). */
  originalEstablishedAgainstUnseen: 0.5,
  /** The rewritten pair lost at least this much of it ... */
  minDrop: 1.5,
  /** ... and is no established phrase itself ("diplomatic relations" for "diplomatic ties" is). */
  rewrittenFine: 1.0,
  /** Two words this associated (and seen) are a phrase whose words can be swapped together: "research professor", not "panel said". */
  phraseLike: 0.75,
};

/** A lower-case content word: function words make idioms of their own ("to hurt", "in force") that say nothing of spinning. */
export const plainWord = (token: Token | undefined): token is Token => !!token && token.isWord && /^[a-z]+$/.test(token.norm) && !STOPWORDS.has(token.norm);

/** The original and rewritten pairs at one junction of a swap, and how associated the original was. */
export type PhraseBreak = { was: Token[]; now: Token[]; strength: number };

/**
 * Where a word-for-word swap broke an established phrase: `removed` → `added` (runs of
 * equal length, replaced one for one) between the unchanged `previous` and `next` words.
 * Looks at every junction — previous + first word, word + word, last word + next — and
 * returns the one whose original pair the model knows as a phrase (`strength` "strong":
 * a fixed expression, used when no thesaurus relates the words) while the rewritten
 * pair has lost that strength ("press conference" → "push meeting", "prime minister" →
 * "prime clergyman"). Null when no junction broke; a junction with a name, a number or
 * punctuation never counts.
 */
export function findPhraseBreak(
  removed: Token[],
  added: Token[],
  previous: Token | undefined,
  next: Token | undefined,
  strength: "established" | "strong" = "established",
  borders: Borders = BOTH_BORDERS,
): PhraseBreak | null {
  const needed = strength === "strong" ? PHRASE_BREAK_THRESHOLDS.originalStrong : PHRASE_BREAK_THRESHOLDS.originalEstablished;
  if (removed.length !== added.length || removed.length === 0) return null;
  let best: PhraseBreak | null = null;
  for (const [wasA, wasB, nowA, nowB] of junctionsOf(removed, added, previous, next, borders)) {
    if (![wasA, wasB, nowA, nowB].every(plainWord)) continue;
    // A subject and its verb, both reworded, are a clause reworded ("council approved" → "councillors backed").
    if (removed.includes(wasA!) && removed.includes(wasB!) && isSubjectAndVerb(wasA!.norm, wasB!.norm)) continue;
    // A subject whose verb was swapped for a related verb is a clause too ("the ban remains"
    // → "the ban stays", "survey finds" → "survey spots"), however often the model saw the
    // first: the words are alike only as verbs ("remains" the noun is a corpse, "stays" a
    // corset), so they are verbs here.
    if (wasA!.norm === nowA!.norm && canBeNoun(wasA!.norm) && areVerbsOnlyAlike(wasB!.norm, nowB!.norm)) continue;
    // A noun phrase's head become a verb ("volcano eruption" → "volcano reaches"): the
    // clause was rebuilt around the noun, where a thesaurus swaps a noun for a noun.
    if (wasA!.norm === nowA!.norm && becameVerb(wasB!.norm, nowB!.norm)) continue;
    const before = association(wasA!.norm, wasB!.norm);
    // A noun phrase rewritten into a pair the model never saw needs less to count as broken
    // than a junction across phrases ("combat illegal" → "fight illegal" is no phrase at
    // all); without a thesaurus link, an established one is enough ("public safety" →
    // "public wellbeing").
    const rewrittenUnseen = !isSeenPair(nowA!.norm, nowB!.norm) && association(nowA!.norm, nowB!.norm) !== null;
    const wordBefore = wasA === removed[0] ? previous : removed[removed.indexOf(wasA!) - 1];
    const nounPhrase = buildsNounPhrases(wasA!.norm) && isMainlyNoun(wasB!.norm) && !(wordBefore && VERB_MARKERS.has(wordBefore.norm));
    const againstUnseen = strength === "established" ? PHRASE_BREAK_THRESHOLDS.originalEstablishedAgainstUnseen : PHRASE_BREAK_THRESHOLDS.originalEstablished;
    const enough = rewrittenUnseen && nounPhrase ? Math.min(needed, againstUnseen) : needed;
    // A WordNet entry of two words ("universal joint", "bar examination") is a phrase
    // whatever the model saw of it: swapped into a pair that is neither an entry nor
    // English the model knows, it is broken.
    if (strength === "established" && brokenLexicalUnit(wasA!.norm, wasB!.norm, nowA!.norm, nowB!.norm)) {
      if (!best) best = { was: [wasA!, wasB!], now: [nowA!, nowB!], strength: before ?? 0 };
      continue;
    }
    if (before === null || before < enough || !isSeenPair(wasA!.norm, wasB!.norm)) continue;
    // Without a thesaurus link, only the pair inside the swap counts, never a neighbour's,
    // unless the swap turned a noun phrase into a pair the model never saw.
    if (strength === "strong" && !(rewrittenUnseen && nounPhrase) && (!removed.includes(wasA!) || !removed.includes(wasB!))) continue;
    const after = association(nowA!.norm, nowB!.norm) ?? -Infinity;
    const stillFine = after >= PHRASE_BREAK_THRESHOLDS.rewrittenFine && isSeenPair(nowA!.norm, nowB!.norm);
    if (stillFine || (before - after < PHRASE_BREAK_THRESHOLDS.minDrop && !(rewrittenUnseen && enough < needed))) continue;
    // The most established original phrase is the one to name ("prime minister", not "minister spoke").
    if (!best || before > best.strength) best = { was: [wasA!, wasB!], now: [nowA!, nowB!], strength: before };
  }
  return best;
}

/** Inflected verbs that WordNet relates as verbs (a synonym, or within two hops: "finds"/"spots") and not as nouns or adjectives ("remains"/"stays"). */
function areVerbsOnlyAlike(was: string, now: string): boolean {
  const relatedAs = (pos: WordNetPos) => wordRelation(was, now, { pos, related: false }) !== null;
  // The original word is a verb at least as often as a noun ("remains", "finds"), unlike "lines" in "service lines" → "service lies".
  return isInflectedVerb(was) && isInflectedVerb(now) && hasAsManyVerbSenses(was) && relatedAs("verb") && !relatedAs("noun") && !relatedAs("adj");
}

/**
 * A word WordNet knows no verb for, replaced by an inflected verb that is mostly a verb
 * ("eruption" → "reaches"), and no noun in its own right ("gathering" is one).
 */
function becameVerb(was: string, now: string): boolean {
  return lemmasOf(was, "verb").length === 0 && isInflectedVerb(now) && !lemmasOf(now, "noun").includes(now) && hasAsManyVerbSenses(now);
}

/** `wasA wasB` is a WordNet entry and `nowA nowB` is neither an entry nor a pair the model knows as English. */
function brokenLexicalUnit(wasA: string, wasB: string, nowA: string, nowB: string): boolean {
  if (!isWordNetPhrase([wasA, wasB]) || isWordNetPhrase([nowA, nowB])) return false;
  return !isEstablishedPair(nowA, nowB);
}

/** Two words the model knows as a phrase of English ("years old", "diplomatic relations"): nothing garbled reads so. */
export function isEstablishedPair(first: string, second: string): boolean {
  const strength = association(first, second);
  return strength !== null && strength >= PHRASE_BREAK_THRESHOLDS.rewrittenFine && isSeenPair(first, second);
}

/** A function word inside a phrase ("of" in "rite of passage"). */
const innerWord = (token: Token | undefined): token is Token => !!token && token.isWord && STOPWORDS.has(token.norm);

/**
 * Where a swap of a phrase's first or last word broke a phrase with a function word
 * inside ("rite of passage" → "act of passage", "signal to noise" → "flag to noise"):
 * the unchanged `after` words (function word, content word) follow the swapped run, or
 * the unchanged `before` words precede it, where `borders` says they border it in the
 * original too. The same thresholds as findPhraseBreak, on the trigram's association.
 */
export function findGappedPhraseBreak(
  removed: Token[],
  added: Token[],
  before: Token[],
  after: Token[],
  borders: Borders,
  strength: "established" | "strong",
): PhraseBreak | null {
  if (removed.length !== added.length || removed.length === 0) return null;
  const needed = strength === "strong" ? PHRASE_BREAK_THRESHOLDS.originalStrong : PHRASE_BREAK_THRESHOLDS.originalEstablished;
  const candidates: Omit<PhraseBreak, "strength">[] = [];
  const [inner, last] = after;
  if (borders.next && innerWord(inner) && plainWord(last)) candidates.push({ was: [removed[removed.length - 1]!, inner, last], now: [added[added.length - 1]!, inner, last] });
  const [first, innerBefore] = before.slice(-2);
  if (borders.previous && plainWord(first) && innerWord(innerBefore)) candidates.push({ was: [first, innerBefore, removed[0]!], now: [first, innerBefore, added[0]!] });
  for (const candidate of candidates) {
    const [wasA, middle, wasC] = candidate.was.map((t) => t.norm) as [string, string, string];
    const [nowA, , nowC] = candidate.now.map((t) => t.norm) as [string, string, string];
    if (![candidate.was[0], candidate.was[2], candidate.now[0], candidate.now[2]].every(plainWord)) continue;
    // A noun heads such a phrase; after a verb the function word is grammar ("agreed to pay").
    if (!isMainlyNoun(wasA)) continue;
    const was = gappedAssociation(wasA, middle, wasC);
    if (was === null || was < needed || !isSeenTriple(wasA, middle, wasC)) continue;
    const now = gappedAssociation(nowA, middle, nowC) ?? -Infinity;
    const stillFine = now >= PHRASE_BREAK_THRESHOLDS.rewrittenFine && isSeenTriple(nowA, middle, nowC);
    if (!stillFine && was - now >= PHRASE_BREAK_THRESHOLDS.minDrop) return { ...candidate, strength: was };
  }
  return null;
}

/**
 * Whether a one-for-one rewrite keeps its wording English at every junction the model can
 * judge: no junction lost an established phrase (findPhraseBreak's test) and none became
 * much less probable than it was ("panel said" → "board stated", "diplomatic ties" →
 * "diplomatic relations"). Such a rewrite is at most an honest synonym swap, however many
 * words changed. False when no junction has plain content words to judge.
 */
export function keepsEstablishedWording(removed: Token[], added: Token[], previous: Token | undefined, next: Token | undefined, borders: Borders = BOTH_BORDERS): boolean {
  if (removed.length !== added.length || removed.length === 0) return false;
  let judged = 0;
  for (const [wasA, wasB, nowA, nowB] of junctionsOf(removed, added, previous, next, borders)) {
    if (![wasA, wasB, nowA, nowB].every(plainWord)) continue;
    const before = association(wasA!.norm, wasB!.norm);
    const after = association(nowA!.norm, nowB!.norm);
    // An original pair the model never saw is one it cannot vouch for, kept or not ("economic delegation").
    if (before === null || after === null || !isSeenPair(wasA!.norm, wasB!.norm)) continue;
    judged++;
    if (after < before - PHRASE_BREAK_THRESHOLDS.minDrop) return false;
    if (before >= PHRASE_BREAK_THRESHOLDS.originalEstablished && isSeenPair(wasA!.norm, wasB!.norm) && !(after >= PHRASE_BREAK_THRESHOLDS.rewrittenFine && isSeenPair(nowA!.norm, nowB!.norm))) return false;
  }
  return judged > 0;
}

/**
 * Whether the model knows both words and says they are no phrase ("panel said", "ties
 * last"): two such words can each be swapped honestly. False when it cannot judge (a
 * hyphenated or unknown word: "one-line dispatch"), so structure decides there.
 */
export function isNoPhrase(first: string, second: string): boolean {
  const strength = association(first, second);
  return strength !== null && (strength < PHRASE_BREAK_THRESHOLDS.phraseLike || !isSeenPair(first, second));
}

type Junction = [Token | undefined, Token | undefined, Token | undefined, Token | undefined];

/**
 * Whether the unchanged word before (after) a swap stands right next to it in the original
 * too. The caller knows: the word borders the removed run only when that run starts (ends)
 * its hunk. The offsets cannot tell, since the unchanged word is the suspect's token.
 */
export type Borders = { previous: boolean; next: boolean };

const BOTH_BORDERS: Borders = { previous: true, next: true };

/**
 * The word pairs a swap touches, original and rewritten: previous + first (when it
 * borders), each inner pair (when its words stand side by side), last + next.
 */
function junctionsOf(removed: Token[], added: Token[], previous: Token | undefined, next: Token | undefined, borders: Borders): Junction[] {
  const junctions: Junction[] = [];
  if (borders.previous) junctions.push([previous, removed[0], previous, added[0]]);
  for (let i = 0; i + 1 < removed.length; i++) {
    if (adjacent(removed[i]!, removed[i + 1]!) && adjacent(added[i]!, added[i + 1]!)) junctions.push([removed[i], removed[i + 1], added[i], added[i + 1]]);
  }
  if (borders.next) junctions.push([removed[removed.length - 1], next, added[added.length - 1], next]);
  return junctions;
}
