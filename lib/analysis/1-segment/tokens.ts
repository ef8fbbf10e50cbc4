import type { Span } from "../types";

/** A word or punctuation mark, with its offsets into the text it was cut from. */
export type Token = Span & {
  text: string;
  /** Lower-cased, curly quotes and dashes folded: what comparisons use. */
  norm: string;
  isWord: boolean;
};

// Words keep inner apostrophes, hyphens and dots ("don't", "one-line", "U.S.") and the
// commas that group a number's thousands ("47,200") so a diff never splits them; every other non-space character is a token of its own. This pattern
// is the definition; tokenizeFresh scans by hand to the same effect (tokens.test.ts holds
// the two to each other), since regex matches cost most of the engine's time on a long text.
export const TOKEN_PATTERN = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+|(?<=[0-9]),[0-9]{3}(?![\p{L}\p{N}]))*\.?|[^\s\p{L}\p{N}]/gu;

/** Folds typographic variants so that "it’s" and "it's" compare equal. */
export function normalizeToken(text: string): string {
  if (!/[^a-z0-9'.-]/.test(text)) return text; // the common case: nothing to fold
  const lower = text.toLowerCase();
  if (!TYPOGRAPHIC.test(lower)) return lower; // a capitalised word: nothing else to fold
  return lower
    .replace(/[’‘`]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .replace(/[–—]/g, "-");
}

const TYPOGRAPHIC = /[’‘`“”«»„–—]/;

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
  // Scanning the whole text from `start` (not a slice) keeps each call proportional to
  // its own span: slicing a long article per sentence made analysis quadratic.
  let at = start;
  while (at < end) {
    const code = text.charCodeAt(at);
    if (isSpaceAt(text, at, code)) {
      at++;
      continue;
    }
    let tokenEnd: number;
    if (alphanumericLength(text, at) > 0) {
      tokenEnd = wordEnd(text, at);
    } else {
      tokenEnd = at + (isSurrogatePair(text, at) ? 2 : 1);
    }
    let value = text.slice(at, Math.min(tokenEnd, end));
    // A sentence-final full stop is punctuation, not part of the word, unless the word
    // already contains a dot ("U.S.") or is a single capital initial ("S.").
    if (value.length > 1 && value.endsWith(".") && value.indexOf(".") === value.length - 1 && !/^\p{Lu}\.$/u.test(value)) {
      value = value.slice(0, -1);
    }
    const isWord = startsWithLetterOrDigit(value);
    tokens.push({ start: at, end: at + value.length, text: value, norm: normalizeToken(value), isWord });
    at += value.length;
  }
  return tokens;
}

/** Where TOKEN_PATTERN's word branch, starting at a letter or digit at `from`, ends. */
function wordEnd(text: string, from: number): number {
  let at = from + alphanumericRun(text, from);
  for (;;) {
    const code = text.charCodeAt(at);
    const joins = code === 39 /* ' */ || code === 0x2019 /* ’ */ || code === 45 /* - */ || code === 46; /* . */
    if (code === 44 /* , */ && isThousandsComma(text, at)) {
      at += 4;
      continue;
    }
    if (!joins) break;
    const run = alphanumericRun(text, at + 1);
    if (run === 0) break;
    at += 1 + run;
  }
  return text.charCodeAt(at) === 46 ? at + 1 : at;
}

const isDigitAt = (text: string, at: number) => {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
};

/**
 * A comma between digits that groups thousands ("47,200"): a digit before it and exactly
 * three after. One number is one token, so "47,200" → "42,700" is one changed number, not
 * "47" → "42" and "200" → "700". A list without spaces ("1,2,3") does not qualify.
 */
function isThousandsComma(text: string, at: number): boolean {
  return isDigitAt(text, at - 1) && isDigitAt(text, at + 1) && isDigitAt(text, at + 2) && isDigitAt(text, at + 3) && !isDigitAt(text, at + 4) && alphanumericLength(text, at + 4) === 0;
}

/** How many code units of letters and digits start at `from`. */
function alphanumericRun(text: string, from: number): number {
  let at = from;
  for (let step = alphanumericLength(text, at); step > 0; step = alphanumericLength(text, at)) at += step;
  return at - from;
}

/** 1 or 2 (a surrogate pair) when a letter or digit starts at `at`, else 0. */
function alphanumericLength(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) ? 1 : 0;
  if (Number.isNaN(code)) return 0;
  const pair = isSurrogatePair(text, at);
  return LETTER_OR_DIGIT.test(text.slice(at, at + (pair ? 2 : 1))) ? (pair ? 2 : 1) : 0;
}
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

function isSurrogatePair(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
}

/** \s as TOKEN_PATTERN means it; ASCII is answered without a regex. */
function isSpaceAt(text: string, at: number, code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(text[at]!);
}
const SPACE = /\s/;

/**
 * Whether a token is a word: TOKEN_PATTERN's word branch starts with a letter or digit,
 * its punctuation branch never does. ASCII is answered without a regex.
 */
function startsWithLetterOrDigit(token: string): boolean {
  const code = token.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return STARTS_WITH_LETTER_OR_DIGIT.test(token);
}
const STARTS_WITH_LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

/** How many words (not punctuation) a span holds. */
export function wordCount(text: string, span: Span): number {
  return tokenize(text, span.start, span.end).filter((t) => t.isWord).length;
}
