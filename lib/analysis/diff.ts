import { diffArrays } from "diff";
import { tokenize, type Token } from "./tokens";

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
  return options.ignoreCase ? token.norm : token.text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
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
  const changes = diffArrays(
    before.map((token) => comparable(token, options)),
    after.map((token) => comparable(token, options)),
  );
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
