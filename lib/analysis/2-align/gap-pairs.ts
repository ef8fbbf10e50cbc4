import { BoundedCache } from "@/lib/lexicon/bounded-cache";
import { FUNCTION_WORDS } from "@/lib/lexicon/function-words";
import { thesaurusSubstitutes } from "@/lib/lexicon/substitutes";
import { wordRelation } from "@/lib/lexicon/wordnet";
import { tokenize } from "../1-segment/tokens";
import type { Doc } from "../types";
import { stemWord } from "./content-words";

/**
 * Share of the shorter sentence's content words that must meet, in order, a word of the
 * same meaning in the other. A round figure checked on the eval corpus's tuning articles:
 * the reworded quote there that no other pass pairs meets 0.67, the unrelated sentences
 * sharing a gap with it 0.33 at most.
 */
const MIN_SENSE_SHARE = 0.4;
/** And at least this many such words, unless the shorter sentence has fewer. */
const MIN_SENSE_WORDS = 2;

/** Senses per part of speech in which two words may be near (WordNet orders senses by frequency). */
const EVERYDAY_SENSES = 2;

/** A gap: unpaired sentences of each side between the same two pairs (or a text's edge). */
export type Gap = { original: number[]; suspect: number[] };

/**
 * Pairs sentences inside gaps by meaning rather than by shared words: a spinner rewords a
 * sentence so thoroughly ("Several residents of the valley spoke …" → "A few
 * occupants of the vale talked …") that it keeps too few stems for the word-bag similarity, yet it stays in
 * place, between the same neighbours, and its words are the thesaurus's for the
 * original's. Best pairs first, never crossing one already made. Returns [original,
 * suspect] index pairs.
 */
export function pairGapsBySense(original: Doc, suspect: Doc, gaps: Gap[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (const gap of gaps) {
    const scored: { original: number; suspect: number; score: number }[] = [];
    for (const o of gap.original) {
      for (const s of gap.suspect) {
        const score = senseOverlap(contentWords(original, o), contentWords(suspect, s));
        if (score !== null) scored.push({ original: o, suspect: s, score });
      }
    }
    scored.sort((a, b) => b.score - a.score);
    const chosen: [number, number][] = [];
    for (const candidate of scored) {
      const clashes = chosen.some(([o, s]) => o === candidate.original || s === candidate.suspect || o < candidate.original !== s < candidate.suspect);
      if (!clashes) chosen.push([candidate.original, candidate.suspect]);
    }
    pairs.push(...chosen);
  }
  return pairs;
}

/**
 * The share (and number) of a sentence's content words that meet, in order, a word of the same meaning
 * in `others` read as one text: how much of a sentence a spinner split off ("… in
 * Jakarta on Monday." from "… in Jakarta on Tuesday that allows …") the other side says.
 */
export function senseContainment(doc: Doc, index: number, otherDoc: Doc, others: readonly number[]): { share: number; words: number } {
  const part = contentWords(doc, index);
  if (part.length === 0) return { share: 0, words: 0 };
  const whole = [...others].sort((a, b) => a - b).flatMap((i) => contentWords(otherDoc, i));
  const words = inOrderMatches(part, whole);
  return { share: words / part.length, words };
}

/** Lower-case content words of a sentence: function words, one-letter words and punctuation dropped. */
function contentWords(doc: Doc, index: number): string[] {
  const span = doc.sentences[index];
  if (!span) return [];
  return tokenize(doc.text, span.start, span.end)
    .filter((t) => t.isWord && t.norm.length > 1 && !FUNCTION_WORDS.has(t.norm))
    .map((t) => t.norm.replace(/['’]s$/, ""));
}

/**
 * The share of the shorter list's words that meet, in the same order, a word of the other
 * list with the same meaning (the same stem, WordNet synonyms or everyday near words, a
 * thesaurus substitute), or null when too few meet to call the sentences one statement.
 * Order matters: a spinner rewrites word for word and keeps it, while two sentences on
 * one topic share words in any order ("grocery", "market", "years").
 */
function senseOverlap(a: string[], b: string[]): number | null {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length === 0) return null;
  const met = inOrderMatches(shorter, longer);
  const share = met / shorter.length;
  return share >= MIN_SENSE_SHARE && met >= Math.min(MIN_SENSE_WORDS, shorter.length) ? share : null;
}

/** The longest run of same-sense word pairs, in order on both sides (a longest common subsequence). */
function inOrderMatches(a: string[], b: string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    const current = [0];
    for (let j = 1; j <= b.length; j++) {
      current[j] = sameSense(word, b[j - 1]!) ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Word pairs recur across a long article's gaps and parts: each is judged once. */
const senseCache = new BoundedCache<string, boolean>(200_000);

function sameSense(a: string, b: string): boolean {
  if (a === b || stemWord(a) === stemWord(b)) return true;
  if (!/^[a-z]+$/.test(a) || !/^[a-z]+$/.test(b)) return false;
  const key = a < b ? `${a} ${b}` : `${b} ${a}`;
  let same = senseCache.get(key);
  if (same === undefined) {
    // Near words in their everyday senses only: far senses relate half the dictionary.
    same = wordRelation(a, b, { related: false, senses: EVERYDAY_SENSES }) !== null || thesaurusSubstitutes(a).includes(b) || thesaurusSubstitutes(b).includes(a);
    senseCache.set(key, same);
  }
  return same;
}
