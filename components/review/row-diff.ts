import { diffSpans, type DiffPart } from "@/lib/analysis/diff";
import { tokenize, type Token } from "@/lib/analysis/tokens";
import type { Analysis, Span } from "@/lib/analysis/types";
import type { Row } from "./rows";

/** How the view compares words; changing these never re-runs the analysis. */
export type DiffView = {
  ignoreCase: boolean;
  ignorePunctuation: boolean;
  /** When false, a changed space or line break between two equal words is marked too. */
  ignoreWhitespace: boolean;
};

/** Word-level marks of one row: offsets into the original and the suspect text. */
export type RowDiff = {
  removed: Span[];
  added: Span[];
  /** Whitespace-only changes, marked only when `ignoreWhitespace` is off. */
  spaceOriginal: Span[];
  spaceSuspect: Span[];
  changed: boolean;
};

export const NO_CHANGES: RowDiff = { removed: [], added: [], spaceOriginal: [], spaceSuspect: [], changed: false };

const squeeze = (part: DiffPart, side: "original" | "suspect") =>
  part[side].map((token) => token.text).join("");

/** A removed run next to an added run that spell the same once spaces are gone ("one- line"). */
function sameBarSpaces(a: DiffPart, b: DiffPart): boolean {
  const removed = a.op === "removed" ? a : b.op === "removed" ? b : null;
  const added = a.op === "added" ? a : b.op === "added" ? b : null;
  if (!removed || !added) return false;
  return squeeze(removed, "original") === squeeze(added, "suspect");
}

const spanOf = (tokens: Span[]): Span => ({ start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end });

/**
 * The word-level diff of one aligned row, computed in the browser with the view's options
 * (jsdiff via `diffSpans`, per row, so the cost stays per sentence on long articles).
 * Rows without both sides have nothing to compare and get no marks.
 */
export function diffRow(analysis: Analysis, row: Row, view: DiffView): RowDiff {
  if (row.type !== "pair" || !analysis.original) return NO_CHANGES;
  const originalSpans = row.original.map((i) => analysis.original!.sentences[i]!);
  const suspectSpans = row.suspect.map((i) => analysis.suspect.sentences[i]!);
  const originalText = analysis.original.text;
  const suspectText = analysis.suspect.text;
  const parts = diffSpans(originalText, spanOf(originalSpans), suspectText, spanOf(suspectSpans), {
    ignoreCase: view.ignoreCase,
    ignorePunctuation: view.ignorePunctuation,
  });

  const result: RowDiff = { removed: [], added: [], spaceOriginal: [], spaceSuspect: [], changed: false };
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
function markSpaceChanges(part: DiffPart, originalText: string, suspectText: string, result: RowDiff): void {
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

/**
 * Whether a row differs under the view's options, without running the diff: a linear
 * comparison of the two token sequences (the diff itself costs ~0.2 ms a pair, too much to
 * run on thousands of rows just to decide which to fold). Agrees with `diffRow(...).changed`.
 */
export function rowChanged(analysis: Analysis, row: Row, view: DiffView): boolean {
  if (row.type !== "pair" || !analysis.original) return true;
  const side = (text: string, indices: number[], spans: Span[]) => {
    const range = spanOf(indices.map((i) => spans[i]!));
    return tokenize(text, range.start, range.end).filter((token) => !view.ignorePunctuation || token.isWord);
  };
  const before = side(analysis.original.text, row.original, analysis.original.sentences);
  const after = side(analysis.suspect.text, row.suspect, analysis.suspect.sentences);
  const comparable = (token: Token) => (view.ignoreCase ? token.norm : foldQuotes(token.text));
  const same = before.length === after.length && before.every((token, k) => comparable(token) === comparable(after[k]!));
  if (!same) {
    // "one- line" vs "one-line" tokenises differently but is a whitespace-only change.
    return !(view.ignoreWhitespace && before.map(comparable).join("") === after.map(comparable).join(""));
  }
  if (view.ignoreWhitespace) return false;
  const spaces = (text: string, tokens: Token[], k: number) => text.slice(tokens[k]!.end, tokens[k + 1]!.start).replace(/\S/g, "");
  return before.some((_, k) => k + 1 < before.length && spaces(analysis.original!.text, before, k) !== spaces(analysis.suspect.text, after, k));
}

/** The diff's own comparison when case matters: typographic quotes equal straight ones. */
const foldQuotes = (text: string) => text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
