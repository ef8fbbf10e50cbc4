import { FUNCTION_WORDS } from "@/lib/lexicon/function-words";
import { diffSpans, diffTokens, type DiffPart } from "./diff";
import { tokenize, type Token } from "../1-segment/tokens";
import type { Span } from "../types";

/**
 * The review's word-level views of one aligned sentence group, computed in the browser with
 * the reader's options: the diff (what was removed and added), a cheap "did it change"
 * check for folding, and the facts and phrases the two sides share (for reworded pairs,
 * where a diff marks nearly every word). Each takes the two texts and the [start, end)
 * range of the group on each side, in UTF-16 offsets.
 */

/** How the view compares words; changing these never re-runs the analysis. */
export type DiffView = {
  ignoreCase: boolean;
  ignorePunctuation: boolean;
  /** When false, a changed space or line break between two equal words is marked too. */
  ignoreWhitespace: boolean;
};

/** Word-level marks of one group: offsets into the original and the suspect text. */
export type ViewDiff = {
  removed: Span[];
  added: Span[];
  /** Whitespace-only changes, marked only when `ignoreWhitespace` is off. */
  spaceOriginal: Span[];
  spaceSuspect: Span[];
  changed: boolean;
};

/** What the two sides of a reworded group have in common, as spans on each side. */
export type SharedWording = { original: Span[]; suspect: Span[] };

export const NO_VIEW_CHANGES: ViewDiff = { removed: [], added: [], spaceOriginal: [], spaceSuspect: [], changed: false };

const squeeze = (part: DiffPart, side: "original" | "suspect") => part[side].map((token) => token.text).join("");
const spanOf = (tokens: Span[]): Span => ({ start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end });

/** A removed run next to an added run that spell the same once spaces are gone ("one- line"). */
function sameBarSpaces(a: DiffPart, b: DiffPart): boolean {
  const removed = a.op === "removed" ? a : b.op === "removed" ? b : null;
  const added = a.op === "added" ? a : b.op === "added" ? b : null;
  if (!removed || !added) return false;
  return squeeze(removed, "original") === squeeze(added, "suspect");
}

/**
 * The word-level diff of one group under the view's options (jsdiff through `diffSpans`,
 * per group, so the cost stays per sentence on long articles).
 */
export function diffForView(originalText: string, originalRange: Span, suspectText: string, suspectRange: Span, view: DiffView): ViewDiff {
  const parts = diffSpans(originalText, originalRange, suspectText, suspectRange, {
    ignoreCase: view.ignoreCase,
    ignorePunctuation: view.ignorePunctuation,
  });
  const result: ViewDiff = { removed: [], added: [], spaceOriginal: [], spaceSuspect: [], changed: false };
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!;
    const next = parts[index + 1];
    if (view.ignoreWhitespace && next && sameBarSpaces(part, next)) {
      index++; // "one- line" vs "one-line": a whitespace-only change, ignored.
      continue;
    }
    if (part.op === "removed") result.removed.push(spanOf(part.original));
    else if (part.op === "added") result.added.push(spanOf(part.suspect));
    else if (!view.ignoreWhitespace) markSpaceChanges(part, originalText, suspectText, result);
  }
  result.changed = result.removed.length + result.added.length + result.spaceSuspect.length > 0;
  return result;
}

/** Marks the gaps between equal words whose whitespace differs ("said  that" vs "said that"). */
function markSpaceChanges(part: DiffPart, originalText: string, suspectText: string, result: ViewDiff): void {
  const spaces = (text: string) => text.replace(/\S/g, "");
  for (let k = 0; k + 1 < part.original.length; k++) {
    const o1 = part.original[k]!;
    const o2 = part.original[k + 1]!;
    const s1 = part.suspect[k]!;
    const s2 = part.suspect[k + 1]!;
    if (spaces(originalText.slice(o1.end, o2.start)) === spaces(suspectText.slice(s1.end, s2.start))) continue;
    // An empty gap has nothing to paint, so the two words around it are marked instead.
    result.spaceOriginal.push(o2.start > o1.end ? { start: o1.end, end: o2.start } : { start: o1.start, end: o2.end });
    result.spaceSuspect.push(s2.start > s1.end ? { start: s1.end, end: s2.start } : { start: s1.start, end: s2.end });
  }
}

/** The diff's own comparison when case matters: typographic quotes equal straight ones. */
const foldQuotes = (text: string) => text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');

/**
 * Whether a group differs under the view's options, without running the diff: a linear
 * comparison of the two token sequences (the diff costs ~0.2 ms a pair, too much to run on
 * thousands of rows just to decide which to fold). Agrees with `diffForView(...).changed`.
 */
export function viewChanged(originalText: string, originalRange: Span, suspectText: string, suspectRange: Span, view: DiffView): boolean {
  const side = (text: string, range: Span) =>
    tokenize(text, range.start, range.end).filter((token) => !view.ignorePunctuation || token.isWord);
  const before = side(originalText, originalRange);
  const after = side(suspectText, suspectRange);
  const comparable = (token: Token) => (view.ignoreCase ? token.norm : foldQuotes(token.text));
  const same = before.length === after.length && before.every((token, k) => comparable(token) === comparable(after[k]!));
  if (!same) {
    // "one- line" vs "one-line" tokenises differently but is a whitespace-only change.
    return !(view.ignoreWhitespace && before.map(comparable).join("") === after.map(comparable).join(""));
  }
  if (view.ignoreWhitespace) return false;
  const spaces = (text: string, tokens: Token[], k: number) => text.slice(tokens[k]!.end, tokens[k + 1]!.start).replace(/\S/g, "");
  return before.some((_, k) => k + 1 < before.length && spaces(originalText, before, k) !== spaces(suspectText, after, k));
}

const isContent = (token: Token) => token.isWord && !FUNCTION_WORDS.has(token.norm);
/** A number, or a capitalised word that does not open its sentence: the facts a reader checks. */
function isFact(token: Token, opensSentence: boolean): boolean {
  if (!token.isWord) return false;
  if (/\p{N}/u.test(token.text)) return true;
  return !opensSentence && /^\p{Lu}/u.test(token.text) && !FUNCTION_WORDS.has(token.norm);
}

/** Re-diffs of the unmatched words, for moved phrases; a sentence rarely moves more than two. */
const MOVED_PASSES = 3;

/**
 * The wording a reworded group keeps: every run the two sides share that holds a fact (a
 * number or a name) or two or more words of which one is a content word, trimmed of the
 * function words and punctuation at its ends, including runs the rewrite moved. "the" or "said" alone is never shown as shared: in a
 * rewrite those match by chance. Example: "Port officials said 40 ships waited" vs "40
 * vessels were waiting, port officials said" → "Port officials said" / "port officials
 * said" and "40" on both sides.
 */
export function findSharedWording(originalText: string, originalRange: Span, suspectText: string, suspectRange: Span): SharedWording {
  const parts = diffSpans(originalText, originalRange, suspectText, suspectRange, { ignoreCase: true });
  const firstOriginal = tokenize(originalText, originalRange.start, originalRange.end).find((t) => t.isWord)?.start;
  const shared: SharedWording = { original: [], suspect: [] };
  const keepRuns = (runs: DiffPart[], contiguous: boolean) => {
    for (const part of runs) {
      if (part.op !== "same") continue;
      let from = 0;
      let to = part.original.length;
      while (from < to && !isContent(part.original[from]!)) from++;
      while (to > from && !isContent(part.original[to - 1]!)) to--;
      if (from === to) continue;
      const run = part.original.slice(from, to);
      const words = run.filter((token) => token.isWord).length;
      if (words < 2 && !run.some((token) => isFact(token, token.start === firstOriginal))) continue;
      // A moved phrase's tokens need not be adjacent in the text: then each is marked alone.
      const pieces = (tokens: Token[]) => (contiguous ? [spanOf(tokens)] : tokens.map(({ start, end }) => ({ start, end })));
      shared.original.push(...pieces(run));
      shared.suspect.push(...pieces(part.suspect.slice(from, to)));
    }
  };
  keepRuns(parts, true);
  // What the rewrite moved ("port officials said" from the start to the end) is left
  // unmatched by the first diff: diff what it removed against what it added.
  // Each pass matches one order of what is left; a few passes take phrases moved both ways.
  let left = parts;
  for (let pass = 0; pass < MOVED_PASSES; pass++) {
    const removed = left.flatMap((part) => (part.op === "removed" ? part.original : []));
    const added = left.flatMap((part) => (part.op === "added" ? part.suspect : []));
    if (removed.length === 0 || added.length === 0) break;
    left = diffTokens(removed, added, { ignoreCase: true });
    if (!left.some((part) => part.op === "same")) break;
    keepRuns(left, false);
  }
  const byStart = (a: Span, b: Span) => a.start - b.start;
  return { original: shared.original.sort(byStart), suspect: shared.suspect.sort(byStart) };
}
