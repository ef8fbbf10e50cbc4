import type { Hunk } from "../../3-diff/hunks";
import type { Token } from "../../1-segment/tokens";
import type { Finding } from "../../types";
import { association, isSeenPair } from "@/lib/lexicon/phrase-stats";
import { excusedAsFluent } from "./fluent";
import { garbledFinding } from "./garbled";
import { isNoPhrase } from "./phrase-break";
import { adjacent, isCloseRelative, isRelative, keepsCompoundPart } from "./relations";
import { isContentWord, isSubjectAndVerb } from "./word-class";

/** Content words of removed/added runs looked at for moved phrases; caps the pairwise search. */
const MAX_MOVED_CANDIDATES = 24;

/**
 * Whether two removed words and two added ones are close enough to pair far apart in a
 * rebuilt sentence: both relatives, and each a close one (isCloseRelative: "cut back" →
 * "climbing past" pairs cousins); unless one is a compound that kept a part ("one-line
 * dispatch" → "one-spaced release"), evidence enough for its neighbour.
 */
function areMovedRelatives([r1, r2]: [Token, Token], [a1, a2]: [Token, Token]): boolean {
  if (!isRelative(r1, a1) || !isRelative(r2, a2)) return false;
  return keepsCompoundPart(r1, a1) || keepsCompoundPart(r2, a2) || (isCloseRelative(r1, a1) && isCloseRelative(r2, a2));
}

/**
 * Two-word phrases replaced word by word and moved within the sentence, which no diff
 * lines up ("in a one-line dispatch that…" -> "…, in a one-spaced release, the…"): any
 * removed pair of adjacent content words whose words are each a relative of the words of
 * an added adjacent pair, unless the n-gram model says the removed pair is no phrase or
 * the new words are used alike in real text, into a pair the model knows ("remain closed"
 * → "stay shut").
 */
export function findMovedPhrasePairs(hunks: Hunk[]): Finding[] {
  const removed = hunks.flatMap((h) => h.removed).filter(isContentWord).slice(0, MAX_MOVED_CANDIDATES);
  const added = hunks.flatMap((h) => h.added).filter(isContentWord).slice(0, MAX_MOVED_CANDIDATES);
  // A word both sides have moved, not swapped ("company's shares" → "shares in the company").
  const bare = (t: { norm: string }) => t.norm.replace(/['’]s$/, "");
  const removedWords = new Set(removed.map(bare));
  const addedWords = new Set(added.map(bare));
  const findings: Finding[] = [];
  for (let i = 0; i + 1 < removed.length; i++) {
    const [r1, r2] = [removed[i]!, removed[i + 1]!];
    if (!adjacent(r1, r2)) continue;
    for (let j = 0; j + 1 < added.length; j++) {
      const [a1, a2] = [added[j]!, added[j + 1]!];
      if (!adjacent(a1, a2) || r1.norm === a1.norm || r2.norm === a2.norm) continue;
      if ([a1, a2].some((t) => removedWords.has(bare(t))) || [r1, r2].some((t) => addedWords.has(bare(t)))) continue;
      // Within one hunk the phrases did not move: the swap judge has read them in place.
      if (hunks.some((h) => h.removed.includes(r1) && h.added.includes(a1))) continue;
      if (areMovedRelatives([r1, r2], [a1, a2]) && !isNoPhrase(r1.norm, r2.norm) && !isSubjectAndVerb(r1.norm, r2.norm) && !(isSeenPair(a1.norm, a2.norm) && excusedAsFluent({ was: [r1, r2], now: [a1, a2], strength: association(r1.norm, r2.norm) ?? 0 }, [r1, r2], [a1, a2]))) {
        findings.push(garbledFinding({ start: a1.start, end: a2.end }, { start: r1.start, end: r2.end }, `${r1.text} ${r2.text}`, `${a1.text} ${a2.text}`));
      }
    }
  }
  return findings;
}

