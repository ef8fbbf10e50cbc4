import { FUNCTION_WORDS } from "@/lib/lexicon/function-words";
import { tokenize } from "../1-segment/tokens";
import type { Span } from "../types";

// A Map, not an object literal: an object would answer "constructor" with a function.
const NUMBER_WORDS = new Map(
  Object.entries({
    one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9",
    ten: "10", eleven: "11", twelve: "12", twenty: "20", hundred: "100", thousand: "1000", million: "1000000",
  }),
);

/**
 * Strips common English inflections so "visits", "visited" and "visiting" meet; crude on
 * purpose (it only has to make the same word meet itself, never to produce a lemma).
 */
export function stemWord(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    if (stemCache.size > STEM_CACHE_LIMIT) stemCache.clear();
    stem = computeStem(word);
    stemCache.set(word, stem);
  }
  return stem;
}

/** A long article repeats its vocabulary: stem each word once. */
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 100_000;

function computeStem(word: string): string {
  let stem = word.replace(/['’]s$/, "");
  if (stem.length > 5 && stem.endsWith("ies")) return stem.slice(0, -3) + "y";
  if (stem.length > 5 && /(ing|ed)$/.test(stem)) stem = stem.replace(/(ing|ed)$/, "");
  else if (stem.length > 3 && /[^s]s$/.test(stem)) stem = stem.slice(0, -1);
  return stem.replace(/e$/, "");
}

/**
 * The content words of a span as stems (lower case, function words and punctuation
 * dropped). Hyphenated words also contribute their parts, so "Thomas- Greenfield",
 * "Thomas-Greenfield" and "Thomas Greenfield" share stems.
 */
export function contentStems(text: string, span: Span): string[] {
  const stems: string[] = [];
  for (const token of tokenize(text, span.start, span.end)) {
    if (!token.isWord) continue;
    let ofWord = wordStems.get(token.norm);
    if (ofWord === undefined) {
      if (wordStems.size > STEM_CACHE_LIMIT) wordStems.clear();
      ofWord = computeWordStems(token.norm);
      wordStems.set(token.norm, ofWord);
    }
    for (const stem of ofWord) stems.push(stem);
  }
  return stems;
}

/** A word's content stems, memoised: an article says "port" and "said" dozens of times. */
const wordStems = new Map<string, readonly string[]>();

function computeWordStems(norm: string): readonly string[] {
  const stems: string[] = [];
  for (const part of /[-.]/.test(norm) ? norm.split(/[-.]/) : [norm]) {
    if ((part.length < 2 && !/\d/.test(part)) || FUNCTION_WORDS.has(part)) continue;
    stems.push(NUMBER_WORDS.get(part) ?? stemWord(part));
  }
  return stems;
}
