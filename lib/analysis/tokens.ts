import type { Span } from "./types";

/** A word or punctuation mark, with its offsets into the text it was cut from. */
export type Token = Span & {
  text: string;
  /** Lower-cased, curly quotes and dashes folded: what comparisons use. */
  norm: string;
  isWord: boolean;
};

// Words keep inner apostrophes, hyphens and dots ("don't", "one-line", "U.S.") so a diff
// never splits them; every other non-space character is a token of its own.
const TOKEN_PATTERN = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu;

/** Folds typographic variants so that "it’s" and "it's" compare equal. */
export function normalizeToken(text: string): string {
  if (!/[^a-z0-9'.-]/.test(text)) return text; // the common case: nothing to fold
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .replace(/[–—]/g, "-");
}

/**
 * Cuts text[start, end) into word and punctuation tokens.
 * Offsets are into `text` itself (UTF-16 code units), so a token's text is
 * `text.slice(token.start, token.end)`. A trailing dot stays on a word only when it is an
 * abbreviation-like token ("U.S.", "Jr."), judged by the caller via `isWord` and `norm`.
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  // Every stage asks for the tokens of sentences of the same two texts, many times over:
  // cut each whole text once and answer span requests from it by binary search.
  if (text.length >= CACHE_MIN_LENGTH) {
    const all = wholeTextTokens(text);
    const from = firstTokenAtOrAfter(all, start);
    const to = firstTokenAtOrAfter(all, end);
    const before = all[from - 1];
    const last = all[to - 1];
    // Spans that cut through a token (rare: sentence spans end at token boundaries) are cut afresh.
    if ((!before || before.end <= start) && (!last || last.end <= end)) return all.slice(from, to);
  }
  return tokenizeFresh(text, start, end);
}

/** Texts shorter than this are cheaper to cut again than to look up. */
const CACHE_MIN_LENGTH = 2_000;
/** The original and the suspect of the analysis under way. */
const CACHE_SIZE = 2;
const wholeTextCache: { text: string; tokens: Token[] }[] = [];

function wholeTextTokens(text: string): Token[] {
  const hit = wholeTextCache.find((entry) => entry.text === text);
  if (hit) return hit.tokens;
  const tokens = tokenizeFresh(text, 0, text.length);
  wholeTextCache.unshift({ text, tokens });
  wholeTextCache.length = Math.min(wholeTextCache.length, CACHE_SIZE);
  return tokens;
}

function firstTokenAtOrAfter(tokens: Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function tokenizeFresh(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  // Matching on the whole text from `start` (not on a slice) keeps each call proportional
  // to its own span: slicing a long article per sentence made analysis quadratic.
  TOKEN_PATTERN.lastIndex = start;
  let match: RegExpExecArray | null;
  while ((match = TOKEN_PATTERN.exec(text)) !== null && match.index < end) {
    let value = match[0];
    if (match.index + value.length > end) {
      value = value.slice(0, end - match.index);
      TOKEN_PATTERN.lastIndex = end;
    }
    // A sentence-final full stop is punctuation, not part of the word, unless the word
    // already contains a dot ("U.S.") or is a single capital initial ("S.").
    if (value.length > 1 && value.endsWith(".") && !/\..*\.$/.test(value) && !/^\p{Lu}\.$/u.test(value)) {
      value = value.slice(0, -1);
      TOKEN_PATTERN.lastIndex = match.index + value.length;
    }
    const isWord = /[\p{L}\p{N}]/u.test(value);
    tokens.push({ start: match.index, end: match.index + value.length, text: value, norm: normalizeToken(value), isWord });
  }
  return tokens;
}

/** How many words (not punctuation) a span holds. */
export function wordCount(text: string, span: Span): number {
  return tokenize(text, span.start, span.end).filter((t) => t.isWord).length;
}
