/**
 * Sentence similarity for alignment: bags of content-word stems weighted by inverse
 * document frequency, their cosine, and candidate search through an inverted index.
 */
import { contentStems, stemWord } from "./content-words";
import { tokenize, type Token } from "../1-segment/tokens";
import type { Doc } from "../types";

/** A sentence as stems with their idf weights. */
export type Bag = Map<string, number>;
export type Candidate = { original: number; suspect: number; similarity: number };

/** Candidates kept per suspect sentence; more never changed the eval corpus results. */
const CANDIDATES_PER_SENTENCE = 8;
/**
 * Stems in more sentences than this are too common to find candidates by (they still
 * count in the similarity of the candidates found): keeps candidate search linear on long
 * archives, where "said" or "council" stand in thousands of sentences.
 */
const MAX_POSTINGS = 60;

/**
 * How much more a name weighs than another word of the same rarity: a spinner rewords
 * everything else, so two sentences that name the same people, places and organisations
 * are the same statement before two that share common words. Numbers keep their plain
 * weight: a changed number is a finding to report inside a pair, not a reason to break it.
 * Tuned on eval/corpus (`npm run eval`): 1.5 changes no figure there, while 2 lost two
 * garbled phrases and added a false alarm.
 */
const NAME_WEIGHT = 1.5;

/**
 * The stem bags of both documents, weighted by how rare each stem is across the two, with
 * names weighing NAME_WEIGHT times more.
 */
export function bagsOf(original: Doc, suspect: Doc): { originalBags: Bag[]; suspectBags: Bag[] } {
  const originalStems = original.sentences.map((span) => contentStems(original.text, span));
  const suspectStems = suspect.sentences.map((span) => contentStems(suspect.text, span));
  const idf = inverseDocumentFrequency([...originalStems, ...suspectStems]);
  const names = nameStems(original);
  for (const stem of nameStems(suspect)) names.add(stem);
  const weigh = (stems: string[]) => toBag(stems, idf, names);
  return { originalBags: originalStems.map(weigh), suspectBags: suspectStems.map(weigh) };
}

/**
 * Stems of words written with a capital inside a sentence ("Pyongyang", "Minister"), in
 * sentences that are not set in capitals: the story's names. A name that opens a sentence
 * counts too, through its other mentions.
 */
function nameStems(doc: Doc): Set<string> {
  const names = new Set<string>();
  // One pass over the whole text's tokens (cut once and cached), sentence by sentence.
  const tokens = tokenize(doc.text);
  let at = 0;
  for (const span of doc.sentences) {
    while (at < tokens.length && tokens[at]!.start < span.start) at++;
    const words: Token[] = [];
    for (; at < tokens.length && tokens[at]!.end <= span.end; at++) if (tokens[at]!.isWord) words.push(tokens[at]!);
    const capitalised = words.map((token) => startsWithCapital(token.text));
    if (capitalised.filter(Boolean).length * 2 > words.length) continue; // a headline in capitals or title case
    for (let i = 1; i < words.length; i++) {
      if (!capitalised[i]) continue;
      for (const part of words[i]!.norm.split(/[-.]/)) if (part.length > 1) names.add(stemWord(part));
    }
  }
  return names;
}

function startsWithCapital(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

function inverseDocumentFrequency(sentences: string[][]): Map<string, number> {
  const documentFrequency = new Map<string, number>();
  for (const stems of sentences) {
    for (const stem of new Set(stems)) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
  }
  const idf = new Map<string, number>();
  const total = sentences.length;
  for (const [stem, count] of documentFrequency) idf.set(stem, Math.log(1 + total / count));
  return idf;
}

function toBag(stems: string[], idf: Map<string, number>, names: ReadonlySet<string>): Bag {
  const bag: Bag = new Map();
  for (const stem of stems) {
    bag.set(stem, (idf.get(stem) ?? 0) * (names.has(stem) ? NAME_WEIGHT : 1));
  }
  return bag;
}

/** Each bag's norm, computed once: alignment compares every bag with many others. */
const norms = new WeakMap<Bag, number>();

function norm(bag: Bag): number {
  let known = norms.get(bag);
  if (known === undefined) {
    let sum = 0;
    for (const weight of bag.values()) sum += weight * weight;
    known = Math.sqrt(sum);
    norms.set(bag, known);
  }
  return known;
}

/** Cosine similarity of two bags (binary term presence, idf weights). */
export function bagSimilarity(a: Bag, b: Bag): number {
  const denominator = norm(a) * norm(b);
  if (denominator === 0) return 0;
  let shared = 0;
  for (const [stem, weight] of a) if (b.has(stem)) shared += weight * weight;
  return shared / denominator;
}

export function findCandidates(originalBags: Bag[], suspectBags: Bag[]): Candidate[] {
  const postings = new Map<string, number[]>();
  originalBags.forEach((bag, index) => {
    for (const stem of bag.keys()) {
      const list = postings.get(stem);
      if (list) list.push(index);
      else postings.set(stem, [index]);
    }
  });
  const candidates: Candidate[] = [];
  // One accumulator reused for every suspect sentence: a Map per sentence and a sort of
  // all its matches dominated long articles.
  const overlap = new Float64Array(originalBags.length);
  const touched: number[] = [];
  suspectBags.forEach((bag, suspectIndex) => {
    for (const [stem, weight] of bag) {
      const list = postings.get(stem);
      if (!list || list.length > MAX_POSTINGS) continue;
      for (const originalIndex of list) {
        if (overlap[originalIndex] === 0) touched.push(originalIndex);
        overlap[originalIndex] = (overlap[originalIndex] ?? 0) + weight * weight;
      }
    }
    // Rank by the shared rare stems, then score the best few exactly on all their stems.
    const ranked = topByOverlap(touched, overlap, CANDIDATES_PER_SENTENCE * 2);
    for (const index of touched) overlap[index] = 0;
    touched.length = 0;
    const scored = ranked.map((originalIndex) => ({
      original: originalIndex,
      suspect: suspectIndex,
      similarity: bagSimilarity(originalBags[originalIndex]!, bag),
    }));
    scored.sort((a, b) => b.similarity - a.similarity);
    candidates.push(...scored.slice(0, CANDIDATES_PER_SENTENCE));
  });
  return candidates;
}

/** The `k` indices with the highest overlap, best first (insertion into a short list). */
function topByOverlap(indices: number[], overlap: Float64Array, k: number): number[] {
  const top: number[] = [];
  for (const index of indices) {
    const value = overlap[index]!;
    if (top.length === k && value <= overlap[top[k - 1]!]!) continue;
    let at = top.length;
    while (at > 0 && overlap[top[at - 1]!]! < value) at--;
    top.splice(at, 0, index);
    if (top.length > k) top.pop();
  }
  return top;
}

export function mergeBags(bags: (Bag | undefined)[]): Bag {
  const merged: Bag = new Map();
  for (const bag of bags) if (bag) for (const [stem, weight] of bag) merged.set(stem, weight);
  return merged;
}

/** Share of `part`'s weight found in `whole`. */
export function containment(part: Bag, whole: Bag): number {
  let total = 0;
  let found = 0;
  for (const [stem, weight] of part) {
    total += weight * weight;
    if (whole.has(stem)) found += weight * weight;
  }
  return total === 0 ? 0 : found / total;
}
