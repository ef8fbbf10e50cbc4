import { diffArrays } from "diff";
import { tokenize, type Token } from "../1-segment/tokens";

/** One run of a word-level diff; offsets are into the text each side was cut from. */
export type DiffPart =
  | { op: "same"; original: Token[]; suspect: Token[] }
  | { op: "removed"; original: Token[]; suspect: [] }
  | { op: "added"; original: []; suspect: Token[] };

export type DiffOptions = {
  /** Treat "Said" and "said" as the same word. */
  ignoreCase?: boolean;
  /** Leave punctuation out of the comparison (it is then never marked). */
  ignorePunctuation?: boolean;
};

function comparable(token: Token, options: DiffOptions): string {
  if (options.ignoreCase) return token.norm;
  return /[’‘“”]/.test(token.text) ? token.text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"') : token.text;
}

/**
 * Myers' diff grows with the product of a group's length and its changes: one unpunctuated
 * 20,000-word "sentence" took over a minute. Past this budget a group gets a coarse diff
 * (common start and end kept, the middle replaced), so no request can stall the server.
 * Real sentence groups diff in well under a millisecond.
 */
const DIFF_TIMEOUT_MS = 150;

/** A cheap, valid diff: the common prefix and suffix unchanged, everything between replaced. */
function coarseChanges(before: string[], after: string[]): { count: number; value: string[]; added?: boolean; removed?: boolean }[] {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  const runs = [
    { count: prefix, value: before.slice(0, prefix) },
    { count: before.length - prefix - suffix, value: before.slice(prefix, before.length - suffix), removed: true },
    { count: after.length - prefix - suffix, value: after.slice(prefix, after.length - suffix), added: true },
    { count: suffix, value: before.slice(before.length - suffix) },
  ];
  return runs.filter((run) => run.count > 0);
}

/**
 * Word-level diff of two spans (jsdiff's Myers diff over our tokens; jsdiff is used only
 * here). Whitespace never counts: tokens carry offsets, so the caller renders the text
 * between them as it was. Cost grows with the product of the two spans' changes, so call
 * it per aligned sentence group, never on whole articles.
 */
export function diffSpans(
  originalText: string,
  originalRange: { start: number; end: number },
  suspectText: string,
  suspectRange: { start: number; end: number },
  options: DiffOptions = {},
): DiffPart[] {
  const keep = (token: Token) => !options.ignorePunctuation || token.isWord;
  const before = tokenize(originalText, originalRange.start, originalRange.end).filter(keep);
  const after = tokenize(suspectText, suspectRange.start, suspectRange.end).filter(keep);
  return diffTokens(before, after, options);
}

/**
 * Word-level diff of two token lists that need not be contiguous text: used to re-diff
 * what a first diff left unmatched, where a phrase moved within a sentence.
 */
export function diffTokens(before: Token[], after: Token[], options: DiffOptions = {}): DiffPart[] {
  // Compare precomputed keys with ===: a comparator that folds each token on every
  // comparison made the diff several times slower.
  const beforeKeys = before.map((token) => comparable(token, options));
  const afterKeys = after.map((token) => comparable(token, options));
  const changes = diffArrays(beforeKeys, afterKeys, { timeout: DIFF_TIMEOUT_MS }) ?? coarseChanges(beforeKeys, afterKeys);
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    if (change.added) {
      parts.push({ op: "added", original: [], suspect: after.slice(j, j + count) });
      j += count;
    } else if (change.removed) {
      parts.push({ op: "removed", original: before.slice(i, i + count), suspect: [] });
      i += count;
    } else {
      parts.push({ op: "same", original: before.slice(i, i + count), suspect: after.slice(j, j + count) });
      i += count;
      j += count;
    }
  }
  return parts;
}
