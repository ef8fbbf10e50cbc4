import { BoundedCache } from "./bounded-cache";
import type { WordNetPos } from "./wordnet-files";
import { lemmasOf, normalize, synsetsOfWord } from "./wordnet-lemmas";
import { readSynset, synsetOffsets, synsetsOf, type Synset } from "./wordnet-synsets";

/** How two words relate in WordNet, strongest first ("related": cousins, ~4 hops). */
export type WordRelation = "same" | "synonym" | "near" | "related";

/**
 * Pointers that make two synsets "near": hypernym (and instance; a hyponym is near
 * through its own hypernym pointer), similar to, also see, derivationally related, attribute, pertainym ("economically" → "economic")
 * participle, and part meronym/holonym (a spinner's thesaurus turns "arms" into "hands"
 * through the limb sense). Member and substance meronyms stay out.
 */
const NEAR_POINTERS = new Set(["@", "@i", "&", "^", "+", "=", "\\", "<", "%p", "#p"]);

/**
 * A hypernym with more hyponyms than this is too general to make its hyponyms sisters
 * ("person" has ~400). First set so that teacher/professor and spy/detective stay near;
 * rechecked on the spinner-made dev set's tuning part, whose figures are the same at 40,
 * 80 and 160 (the eval corpus gains 3 hits from 40 to 80): a loose bound, not a fit.
 */
export const MAX_SISTERS = 80;

/** Sized for a 70,000-word article's vocabulary several times over. */
function hypernyms(synset: Synset): Synset[] {
  const out: Synset[] = [];
  for (const pointer of synset.pointers) {
    if (pointer.symbol !== "@" && pointer.symbol !== "@i") continue;
    const parent = readSynset(pointer.pos, pointer.offset);
    if (parent) out.push(parent);
  }
  return out;
}

/** Ancestors up to `depth` levels, keyed by offset, skipping ones too general to relate words. */
function closeAncestors(synset: Synset, depth: number): Set<string> {
  const out = new Set<string>();
  let level = [synset];
  for (let d = 0; d < depth; d++) {
    const next: Synset[] = [];
    for (const s of level) for (const parent of hypernyms(s)) {
      next.push(parent);
      if (parent.hyponymCount <= MAX_SISTERS) out.add(`${parent.pos}:${parent.offset}`);
    }
    level = next;
  }
  return out;
}

type RelationKeys = { own: Set<string>; near: Set<string>; far?: Set<string>; synsets: Synset[] };
const keyCache = new BoundedCache<string, RelationKeys>(100_000);
const idOf = (synset: Synset) => `${synset.pos}:${synset.offset}`;

/**
 * A word's relation keys, for comparing words and indexing word lists by relation:
 * `own`: its synsets; `near`: those plus every synset one pointer away (hyponym,
 * similar-to, also-see, derivation, pertainym, part) and parents specific enough to make
 * sisters (at most MAX_SISTERS children). Two words are near when their `near` keys meet
 * (at most two hops: sisters, a grandparent). See farKeys for cousins.
 */
export function relationKeys(word: string, pos?: WordNetPos, senses = Infinity): Readonly<RelationKeys> {
  const cacheKey = `${pos ?? "*"}:${senses}:${normalize(word)}`;
  let keys = keyCache.get(cacheKey);
  if (!keys) {
    const synsets = synsetsOfWord(word, pos, senses);
    keys = { own: new Set(), near: new Set(), synsets };
    for (const synset of synsets) {
      keys.own.add(idOf(synset));
      keys.near.add(idOf(synset));
      // Keys come straight from the pointers: reading the targets would cost a synset read
      // per hyponym ("group" has hundreds). Only parents are read, to apply the cap.
      for (const pointer of synset.pointers) {
        if (!NEAR_POINTERS.has(pointer.symbol)) continue;
        if (pointer.symbol.startsWith("@")) {
          const parent = readSynset(pointer.pos, pointer.offset);
          if (!parent || parent.hyponymCount > MAX_SISTERS) continue;
        }
        keys.near.add(`${pointer.pos}:${pointer.offset}`);
      }
    }
    keyCache.set(cacheKey, keys);
  }
  return keys;
}

/** `near` keys plus grandparents specific enough to relate words: cousins meet here. Computed on demand. */
function farKeys(keys: RelationKeys): Set<string> {
  if (!keys.far) {
    keys.far = new Set(keys.near);
    for (const synset of keys.synsets) for (const ancestor of closeAncestors(synset, 2)) keys.far.add(ancestor);
  }
  return keys.far;
}

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const key of small) if (large.has(key)) return true;
  return false;
}

/**
 * How two words relate: "same" (they share a lemma: "studies"/"study"), "synonym" (they
 * share a synset: "little"/"small"), "near" (within two hops: hypernym, hyponym, sister,
 * similar-to, also-see, derivation, part: "generation"/"decade", "authority"/"expert"),
 * "related" (cousins under a specific grandparent: "teacher"/"professor"), or null.
 * Unknown words relate only to themselves. Options: `pos` narrows both words to one part
 * of speech; `senses` limits each word to its N most frequent senses per part of speech
 * (2: everyday meanings only); `related: false` skips the cousin test (null instead), which
 * is the costly one.
 */
export function wordRelation(
  a: string,
  b: string,
  { pos, senses = Infinity, related = true }: { pos?: WordNetPos; senses?: number; related?: boolean } = {},
): WordRelation | null {
  if (normalize(a) === normalize(b)) return "same";
  const lemmasA = lemmasOf(a, pos);
  if (lemmasOf(b, pos).some((lemma) => lemmasA.includes(lemma))) return "same";
  const keysA = relationKeys(a, pos, senses);
  const keysB = relationKeys(b, pos, senses);
  if (intersects(keysA.own, keysB.own)) return "synonym";
  if (intersects(keysA.near, keysB.near)) return "near";
  if (related && intersects(farKeys(keysA), farKeys(keysB))) return "related";
  return null;
}

/**
 * Whether one pointer links `a` and `b` directly (hypernym, part, similar-to, derivation,
 * ...), as "hand" is part of "arm"; sisters under a common parent ("security" and
 * "investment" under "assets") do not count. Same options as wordRelation.
 */
export function areLinked(a: string, b: string, { pos, senses = Infinity }: { pos?: WordNetPos; senses?: number } = {}): boolean {
  const keysA = relationKeys(a, pos, senses);
  const keysB = relationKeys(b, pos, senses);
  return intersects(keysA.own, keysB.near) || intersects(keysA.near, keysB.own);
}

/**
 * Whether `a` and `b` share a synset among the two most frequent senses of each
 * ("rainfall"/"rain", "expenditure"/"spending"): the words are interchangeable in their
 * everyday meaning, so using one for the other is an honest choice rather than a
 * sense-blind thesaurus swap. Two, not one: WordNet often lists a rarer sense first.
 */
export function shareEverydaySense(a: string, b: string, pos: WordNetPos): boolean {
  const everyday = (word: string) => lemmasOf(word, pos).flatMap((lemma) => synsetOffsets(pos, lemma).slice(0, 2));
  const senseB = new Set(everyday(b));
  return everyday(a).some((offset) => senseB.has(offset));
}

/**
 * Whether `other` is a lemma of `word`'s most frequent sense: "agency" in its first sense
 * is an "authority", so "housing agency" uses "agency" in its plain meaning and is no
 * thesaurus swap for "housing authority".
 */
export function firstSenseIs(word: string, other: string, pos: WordNetPos): boolean {
  const others = new Set([other, ...lemmasOf(other, pos)]);
  return lemmasOf(word, pos).some((lemma) => synsetsOf(pos, lemma)[0]?.lemmas.some((l) => others.has(l)) ?? false);
}

/**
 * Whether `specific` is a kind of `general` within `depth` hypernym steps, however broad
 * the ancestor: "ecologist" is a kind of "scientist", "husband" of "spouse", while
 * "husband" and "brother" are only both kinds of "person". A change to a broader or
 * narrower word says less or more, not something else.
 */
export function isKindOf(specific: string, general: string, pos: WordNetPos, depth = 4): boolean {
  const targets = new Set(synsetsOfWord(general, pos).map(idOf));
  if (!targets.size) return false;
  let level = synsetsOfWord(specific, pos);
  for (let d = 0; d < depth && level.length; d++) {
    level = level.flatMap(hypernyms);
    if (level.some((s) => targets.has(idOf(s)))) return true;
  }
  return false;
}

/** WordNet's lexicographer file for nouns that denote people (noun.person). */
const NOUN_PERSON = 18;

/**
 * Whether `word` names a kind of person in one of its `senses` most frequent noun senses:
 * "expert", "teacher", "authorities" (an expert) → true; "control" → false.
 */
export function isPersonNoun(word: string, senses = 3): boolean {
  return lemmasOf(word, "noun").some((lemma) => synsetsOf("noun", lemma).slice(0, senses).some((s) => s.lexFile === NOUN_PERSON));
}

