import { association, isSeenPair } from "@/lib/lexicon/phrase-stats";
import type { Token } from "../tokens";
import { adjacent } from "./relations";

/**
 * Thresholds on the n-gram model's association (log10 P(b|a) − log10 P(b)). Tuned on the
 * tuning part of the spinner-made dev set (scripts/devset) and checked against the eval
 * corpus's honest copy-edits, which must stay quiet.
 */
const THRESHOLDS = {
  /** The original pair was an established phrase: this associated and seen by the model. */
  originalEstablished: 1.5,
  /** The rewritten pair lost at least this much of it ... */
  minDrop: 1.5,
  /** ... and is no established phrase itself ("diplomatic relations" for "diplomatic ties" is). */
  rewrittenFine: 1.0,
};

const plainWord = (token: Token | undefined): token is Token => !!token && token.isWord && /^[a-z]+$/.test(token.norm);

/** The original and rewritten pairs at one junction of a swap. */
export type PhraseBreak = { was: [Token, Token]; now: [Token, Token] };

/**
 * Where a word-for-word swap broke an established phrase: `removed` → `added` (runs of
 * equal length, replaced one for one) between the unchanged `previous` and `next` words.
 * Looks at every junction — previous + first word, word + word, last word + next — and
 * returns the one whose original pair the model knows as a phrase while the rewritten
 * pair has lost that strength ("press conference" → "push meeting", "prime minister" →
 * "prime clergyman"). Null when no junction broke; a junction with a name, a number or
 * punctuation never counts.
 */
export function findPhraseBreak(removed: Token[], added: Token[], previous: Token | undefined, next: Token | undefined): PhraseBreak | null {
  if (removed.length !== added.length || removed.length === 0) return null;
  const junctions: [Token | undefined, Token | undefined, Token | undefined, Token | undefined][] = [];
  junctions.push([previous, removed[0], previous, added[0]]);
  for (let i = 0; i + 1 < removed.length; i++) junctions.push([removed[i], removed[i + 1], added[i], added[i + 1]]);
  junctions.push([removed[removed.length - 1], next, added[added.length - 1], next]);
  let best: { drop: number; found: PhraseBreak } | null = null;
  for (const [wasA, wasB, nowA, nowB] of junctions) {
    if (![wasA, wasB, nowA, nowB].every(plainWord) || !adjacent(wasA!, wasB!) || !adjacent(nowA!, nowB!)) continue;
    const before = association(wasA!.norm, wasB!.norm);
    if (before === null || before < THRESHOLDS.originalEstablished || !isSeenPair(wasA!.norm, wasB!.norm)) continue;
    const after = association(nowA!.norm, nowB!.norm) ?? -Infinity;
    const stillFine = after >= THRESHOLDS.rewrittenFine && isSeenPair(nowA!.norm, nowB!.norm);
    if (stillFine || before - after < THRESHOLDS.minDrop) continue;
    if (!best || before - after > best.drop) best = { drop: before - after, found: { was: [wasA!, wasB!], now: [nowA!, nowB!] } };
  }
  return best?.found ?? null;
}
