import { bagsOf, bagSimilarity, containment, findCandidates, mergeBags, type Bag, type Candidate } from "./align-similarity";
import { isHeadline } from "../1-segment/headline";
import { pairGapsBySense, senseContainment, type Gap } from "./gap-pairs";
import type { Alignment, Doc } from "../types";

/**
 * Least similarity for two sentences to be the same statement. Spun copies keep names,
 * numbers and a few content words, so on eval/corpus every spun or edited sentence scores at
 * least 0.23 with its source, while sentences of unrelated articles score under 0.2 but for
 * one at 0.25 (tuned on eval/corpus).
 */
const PAIR_THRESHOLD = 0.24;
/**
 * Least similarity for a pair that fits in order between two pairs already found and is
 * each side's best match: a heavily reworded sentence keeps only a few names and content
 * words but stays in place. Below it a reader sees no relation, and both sentences stay
 * one-sided. Tuned on eval/corpus: the best in-order pair of two different statements there
 * scores 0.096 (a pair at that level adds a false alarm), every true counterpart over 0.23.
 */
const IN_ORDER_THRESHOLD = 0.12;
/** Least number of shared content stems for an in-order pair. */
const IN_ORDER_MIN_SHARED = 2;
/** Least similarity for a sentence to join a neighbour's group as part of a split or merge. */
const PART_THRESHOLD = 0.12;
/** Share of a sentence's weight that must be found in the group it joins. */
const PART_CONTAINMENT = 0.35;
/** The most unpaired sentences on a side of a gap that pairGapsBySense reads. */
const MAX_GAP = 3;
/**
 * Share of a sentence's content words that the group's other side says in the same order
 * and meaning (gap-pairs.ts) for it to join as a part when its shared stems are too few:
 * a split-off half of a spun sentence. Stricter than a gap pair's 0.4, as a neighbour of
 * a pair is more often a new sentence on the same topic.
 */
const PART_SENSE_SHARE = 0.5;
/** ... and at least this many of its words: a short sentence meets half its words by chance ("It did not name the vendor."). */
const PART_SENSE_WORDS = 3;
/** The most sentences one side of a group may have. */
const MAX_GROUP = 3;

/**
 * Aligns the sentences of two documents.
 *
 * Similarity is a cosine over content-word stems weighted by inverse document frequency
 * (names and numbers, rare across the two texts, weigh most). Pairs are chosen greedily
 * from the most similar down, one-to-one, wherever they sit (so a reordered sentence is
 * found); then an unpaired sentence joins a neighbouring pair when it carries the rest of
 * the same statement (a split: one original, two suspect sentences; a merge: the reverse).
 * Sentences that pair with nothing appear in no alignment.
 *
 * Cost is linear in practice: candidates come from an inverted index over stems.
 * Returns alignments ordered by their first suspect sentence.
 */
export function alignSentences(original: Doc, suspect: Doc): Alignment[] {
  const { originalBags, suspectBags } = bagsOf(original, suspect);

  const originalHeadlines = original.sentences.map((span) => isHeadline(original.text.slice(span.start, span.end)));
  const suspectHeadlines = suspect.sentences.map((span) => isHeadline(suspect.text.slice(span.start, span.end)));
  // A headline shares the lead's words but is not the same statement: it pairs with a
  // headline or with nothing.
  const candidates = findCandidates(originalBags, suspectBags).filter(
    (candidate) => originalHeadlines[candidate.original] === suspectHeadlines[candidate.suspect],
  );
  candidates.sort((a, b) => b.similarity - a.similarity || a.suspect - b.suspect);

  const originalTaken = new Map<number, Group>();
  const suspectTaken = new Map<number, Group>();
  const groups: Group[] = [];
  // Sentences repeated word for word pair first, in order, whatever their content words:
  // "So be it." has none, yet an unchanged sentence is never added or dropped.
  const unpairedOriginals = new Map<string, { indices: number[]; next: number }>();
  original.sentences.forEach((span, index) => {
    const key = verbatimKey(original.text.slice(span.start, span.end));
    const entry = unpairedOriginals.get(key);
    if (entry) entry.indices.push(index);
    else unpairedOriginals.set(key, { indices: [index], next: 0 });
  });
  suspect.sentences.forEach((span, index) => {
    const entry = unpairedOriginals.get(verbatimKey(suspect.text.slice(span.start, span.end)));
    const match = entry?.indices[entry.next];
    if (entry === undefined || match === undefined) return;
    entry.next++;
    const group: Group = { original: [match], suspect: [index], similarity: 1 };
    groups.push(group);
    originalTaken.set(match, group);
    suspectTaken.set(index, group);
  });
  for (const candidate of candidates) {
    if (candidate.similarity < PAIR_THRESHOLD) break;
    if (originalTaken.has(candidate.original) || suspectTaken.has(candidate.suspect)) continue;
    const group: Group = { original: [candidate.original], suspect: [candidate.suspect], similarity: candidate.similarity };
    groups.push(group);
    originalTaken.set(candidate.original, group);
    suspectTaken.set(candidate.suspect, group);
  }

  fillGapsInOrder(candidates, groups, originalTaken, suspectTaken, originalBags, suspectBags);

  const gaps = gapsBetweenPairs(original.sentences.length, suspect.sentences.length, originalTaken, suspectTaken, originalHeadlines, suspectHeadlines);
  for (const [o, s] of pairGapsBySense(original, suspect, gaps)) {
    const group: Group = { original: [o], suspect: [s], similarity: bagSimilarity(originalBags[o]!, suspectBags[s]!) };
    groups.push(group);
    originalTaken.set(o, group);
    suspectTaken.set(s, group);
  }

  const joined = (side: "original" | "suspect", index: number, group: Group) =>
    (side === "original" ? originalTaken : suspectTaken).set(index, group);
  // A headline never joins a body sentence's group: it restates the lead, it is not part of it.
  const bodyOnly = (bags: Bag[], headlines: boolean[]) => bags.map((bag, i) => (headlines[i] ? new Map() : bag));
  const saysPart = (side: "original" | "suspect") => (index: number, group: Group) => {
    const { share, words } = side === "suspect" ? senseContainment(suspect, index, original, group.original) : senseContainment(original, index, suspect, group.suspect);
    return share >= PART_SENSE_SHARE && words >= PART_SENSE_WORDS;
  };
  attachParts("suspect", bodyOnly(suspectBags, suspectHeadlines), suspectTaken, originalBags, joined, saysPart("suspect"));
  attachParts("original", bodyOnly(originalBags, originalHeadlines), originalTaken, suspectBags, joined, saysPart("original"));

  return groups
    .map((group) => ({
      original: [...group.original].sort((a, b) => a - b),
      suspect: [...group.suspect].sort((a, b) => a - b),
      similarity: round(group.similarity),
    }))
    .sort((a, b) => (a.suspect[0] ?? 0) - (b.suspect[0] ?? 0));
}

/**
 * A sentence as compared word for word: quotation marks straightened and dropped at its
 * ends, where a spinner may lose or turn one ("\"I wasn't.\"" / "I wasn't.”").
 */
function verbatimKey(sentence: string): string {
  return sentence.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/^["'\s]+|["'\s]+$/g, "");
}

/**
 * Adds pairs below the main threshold when they sit in order between pairs already found
 * (the original index lies between those of the nearest paired suspect sentences before and
 * after) and each sentence is the other's best remaining match. Repeats until nothing
 * changes, since every new pair narrows the gaps.
 */
function fillGapsInOrder(
  candidates: Candidate[],
  groups: Group[],
  originalTaken: Map<number, Group>,
  suspectTaken: Map<number, Group>,
  originalBags: Bag[],
  suspectBags: Bag[],
): void {
  if (groups.length === 0) return;
  for (let changed = true; changed; ) {
    changed = false;
    const open = candidates.filter(
      (c) => c.similarity >= IN_ORDER_THRESHOLD && !originalTaken.has(c.original) && !suspectTaken.has(c.suspect),
    );
    const bestForSuspect = new Map<number, Candidate>();
    const bestForOriginal = new Map<number, Candidate>();
    for (const c of open) {
      if (!bestForSuspect.has(c.suspect)) bestForSuspect.set(c.suspect, c);
      if (!bestForOriginal.has(c.original)) bestForOriginal.set(c.original, c);
    }
    for (const c of bestForSuspect.values()) {
      if (bestForOriginal.get(c.original) !== c) continue;
      if (sharedCount(originalBags[c.original], suspectBags[c.suspect]) < IN_ORDER_MIN_SHARED) continue;
      if (!fitsInOrder(c, suspectTaken, suspectBags.length)) continue;
      const group: Group = { original: [c.original], suspect: [c.suspect], similarity: c.similarity };
      groups.push(group);
      originalTaken.set(c.original, group);
      suspectTaken.set(c.suspect, group);
      changed = true;
    }
  }
}

/**
 * The runs of unpaired body sentences on each side that lie between the same two pairs
 * (or a pair and the text's edge): where a sentence reworded past recognition would sit.
 */
function gapsBetweenPairs(
  originalCount: number,
  suspectCount: number,
  originalTaken: Map<number, Group>,
  suspectTaken: Map<number, Group>,
  originalHeadlines: boolean[],
  suspectHeadlines: boolean[],
): Gap[] {
  const gaps: Gap[] = [];
  let low = -1;
  let run: number[] = [];
  const close = (high: number) => {
    const originals: number[] = [];
    for (let o = low + 1; o < high; o++) if (!originalTaken.has(o) && !originalHeadlines[o]) originals.push(o);
    // Between two pairs (or a pair and the text's edge), a few sentences each: a gap wider
    // than that is text the two versions do not share, where chance meets chance.
    const anchored = low >= 0 || high < originalCount;
    if (anchored && run.length && originals.length && run.length <= MAX_GAP && originals.length <= MAX_GAP) gaps.push({ original: originals, suspect: run });
    run = [];
  };
  for (let s = 0; s < suspectCount; s++) {
    const group = suspectTaken.get(s);
    if (!group) {
      if (!suspectHeadlines[s]) run.push(s);
      continue;
    }
    close(Math.min(...group.original));
    low = Math.max(low, ...group.original);
  }
  close(originalCount);
  return gaps;
}

function fitsInOrder(candidate: Candidate, suspectTaken: Map<number, Group>, suspectCount: number): boolean {
  let low = -1;
  let high = Number.POSITIVE_INFINITY;
  for (let i = candidate.suspect - 1; i >= 0; i--) {
    const group = suspectTaken.get(i);
    if (group) { low = Math.max(...group.original); break; }
  }
  for (let i = candidate.suspect + 1; i < suspectCount; i++) {
    const group = suspectTaken.get(i);
    if (group) { high = Math.min(...group.original); break; }
  }
  return candidate.original > low && candidate.original < high;
}

function sharedCount(a: Bag | undefined, b: Bag | undefined): number {
  if (!a || !b) return 0;
  let count = 0;
  for (const stem of a.keys()) if (b.has(stem)) count++;
  return count;
}

type Group = { original: number[]; suspect: number[]; similarity: number };

/**
 * Lets each unpaired sentence on `side` join the group of an adjacent sentence when it is
 * another part of the same statement: similar enough to the group's other side, and that
 * similarity rises when the two parts are read together; or, reworded past its shared
 * stems, `saysPart` finds its words said there in order.
 */
function attachParts(
  side: "original" | "suspect",
  bags: Bag[],
  taken: Map<number, Group>,
  otherBags: Bag[],
  join: (side: "original" | "suspect", index: number, group: Group) => void,
  saysPart: (index: number, group: Group) => boolean,
): void {
  for (let index = 0; index < bags.length; index++) {
    if (taken.has(index)) continue;
    const bag = bags[index];
    if (!bag || bag.size === 0) continue;
    let best: { group: Group; similarity: number } | null = null;
    for (const neighbour of [index - 1, index + 1]) {
      const group = taken.get(neighbour);
      if (!group || group[side].length >= MAX_GROUP) continue;
      const other = mergeBags(group[side === "original" ? "suspect" : "original"].map((i) => otherBags[i]));
      if (bagSimilarity(bag, other) < PART_THRESHOLD) continue;
      const together = bagSimilarity(mergeBags([...group[side].map((i) => bags[i]), bag]), other);
      const bySharedWords = containment(bag, other) >= PART_CONTAINMENT && together > group.similarity;
      // Reworded past most of its shared stems, a part still says the rest of the statement word for word.
      if (!bySharedWords && !saysPart(index, group)) continue;
      if (!best || together > best.similarity) best = { group, similarity: together };
    }
    if (best) {
      best.group[side].push(index);
      best.group.similarity = best.similarity;
      join(side, index, best.group);
    }
  }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
