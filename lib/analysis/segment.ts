import { compromiseAbbreviations } from "./nlp";
import type { Span } from "./types";

/**
 * Abbreviations after which a full stop does not end a sentence: compromise's own list
 * (titles, months, "etc", "Inc"…) plus news titles it lacks. Read once at load.
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...compromiseAbbreviations(),
  "no", "vs", "mt", "ft", "rev", "sgt", "capt", "cmdr", "adm", "maj", "supt", "gens", "sens", "reps", "messrs",
]);
/** Abbreviations that often end a sentence too ("… of Acme Inc. The firm …"). */
const SENTENCE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set(["inc", "ltd", "co", "corp", "etc", "jr", "sr"]);
/** Words that start a new sentence after "U.S." and similar dotted initialisms. */
const LIKELY_SENTENCE_START = /^(The|A|An|It|He|She|They|We|I|This|That|These|Those|There|But|And|In|On|At|Its|His|Her|Their|Our|As|After|Before|When|While|If|Some|Many|Most|Officials?|Meanwhile|However|Still|Yet|So)\b/;

// A boundary candidate: terminal punctuation, any closing quotes or brackets, whitespace,
// then something that can open a sentence (a capital, a digit, an opening quote, or a
// closing quote that a spinner has turned around: `Iran.” The`, `said.” It`).
const BOUNDARY = /([.!?…]+)(["'”’)\]]*)(\s+)(?=["'“‘(\[”]?\s?[\p{Lu}\p{N}])/gu;

/**
 * Splits a text into sentences.
 *
 * - Every line break that ends a paragraph ends a sentence, so headlines and datelines
 *   without a full stop stand alone; a single line break inside a hard-wrapped paragraph
 *   (next line starts in lower case) does not.
 * - Within a paragraph a sentence ends at . ! ? … followed by space and a capital, digit or
 *   quote, including after a closing quote (`…and Iran.” The giving…`), which compromise's
 *   own splitter misses; not after abbreviations ("Gen.", "Jan."), single initials
 *   ("U. S.", "J. Smith") or dotted initialisms ("U.S.") unless a common sentence opener
 *   follows.
 * - `locale` other than "en" uses Intl.Segmenter's sentence rules inside each paragraph.
 *
 * Returns spans into `text` (UTF-16 offsets), in order, trimmed of surrounding whitespace,
 * never empty; text that is only whitespace gives none.
 */
export function segmentSentences(text: string, locale: string = "en"): Span[] {
  const sentences: Span[] = [];
  for (const paragraph of splitParagraphs(text)) {
    const ends = locale === "en" ? englishBoundaries(text, paragraph) : intlBoundaries(text, paragraph, locale);
    let start = paragraph.start;
    for (const end of [...ends, paragraph.end]) {
      const span = trimSpan(text, start, end);
      if (span) sentences.push(span);
      start = end;
    }
  }
  return sentences;
}

/** Paragraph spans: runs of lines, broken at blank lines and at lines that end a paragraph. */
function splitParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  const lines = [...text.matchAll(/[^\n]*(?:\n|$)/g)].filter((m) => m[0].length > 0);
  let current: Span | null = null;
  let previousLine = "";
  for (const match of lines) {
    const line = match[0].replace(/\r?\n$/, "");
    const start = match.index;
    const end = start + line.length;
    if (!line.trim()) {
      if (current) paragraphs.push(current);
      current = null;
      continue;
    }
    const continuesPrevious = current !== null && /[\p{Ll},;]\s*$/u.test(previousLine) && /^\s*\p{Ll}/u.test(line);
    if (current && continuesPrevious) {
      current.end = end;
    } else {
      if (current) paragraphs.push(current);
      current = { start, end };
    }
    previousLine = line;
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

function englishBoundaries(text: string, paragraph: Span): number[] {
  const body = text.slice(paragraph.start, paragraph.end);
  const ends: number[] = [];
  for (const match of body.matchAll(BOUNDARY)) {
    const punctuation = match[1] ?? "";
    const closers = match[2] ?? "";
    const at = match.index + punctuation.length + closers.length;
    if (punctuation === "." && !closers && !endsSentenceAfterDot(body, match.index, body.slice(at).trimStart())) continue;
    ends.push(paragraph.start + at);
  }
  return ends;
}

/** Decides whether the full stop at `dot` ends a sentence, given the word before it. */
function endsSentenceAfterDot(body: string, dot: number, following: string): boolean {
  const before = wordBefore(body, dot);
  const word = before.toLowerCase();
  if (/^\p{Lu}$/u.test(before)) return false; // a single initial: "U. S.", "John F. Kennedy"
  if (/^(\p{L}\.)+\p{L}$/u.test(before)) return LIKELY_SENTENCE_START.test(following); // "U.S", "a.m"
  if (SENTENCE_FINAL_ABBREVIATIONS.has(word)) return LIKELY_SENTENCE_START.test(following);
  if (ABBREVIATIONS.has(word)) return false;
  return true;
}

/**
 * The run of letters, digits and . ' ’ - that ends at `dot`, within the 40 characters
 * before it (only the word before the dot matters, never the whole paragraph). Scans
 * backwards: an end-anchored regex tried every start in the window, for every full stop.
 */
export function wordBefore(body: string, dot: number): string {
  const windowStart = Math.max(0, dot - 40);
  let at = dot;
  while (at > windowStart) {
    const code = body.charCodeAt(at - 1);
    if (code < 128) {
      const isWordChar = (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) || code === 46 || code === 39 || code === 45;
      if (!isWordChar) break;
      at--;
      continue;
    }
    const pair = code >= 0xdc00 && code <= 0xdfff && at - 2 >= windowStart && /[\ud800-\udbff]/.test(body[at - 2] ?? "");
    const width = pair ? 2 : 1;
    if (!WORD_CHAR.test(body.slice(at - width, at))) break;
    at -= width;
  }
  return body.slice(at, dot);
}
const WORD_CHAR = /^[\p{L}\p{N}.'’-]$/u;

let segmenterCache: { locale: string; segmenter: Intl.Segmenter } | null = null;

/**
 * Intl.Segmenter slows down with the square of the segments in one call (40,000 short
 * lines: 3.7 s), so a long paragraph is fed to it line by line; each line end is then a
 * boundary too, which only matters for hard-wrapped text in languages we do not tune for.
 */
const INTL_CHUNK_CHARS = 2_000;

function intlBoundaries(text: string, paragraph: Span, locale: string): number[] {
  if (segmenterCache?.locale !== locale) {
    segmenterCache = { locale, segmenter: new Intl.Segmenter(locale === "und" ? undefined : locale, { granularity: "sentence" }) };
  }
  const chunks: Span[] = [];
  if (paragraph.end - paragraph.start <= INTL_CHUNK_CHARS) chunks.push(paragraph);
  else for (const line of text.slice(paragraph.start, paragraph.end).matchAll(/[^\n]+\n?/g)) chunks.push(...cutLongLine(text, paragraph.start + line.index, paragraph.start + line.index + line[0].length));
  const ends: number[] = [];
  for (const chunk of chunks) {
    if (chunk.start > paragraph.start) ends.push(chunk.start);
    for (const segment of segmenterCache.segmenter.segment(text.slice(chunk.start, chunk.end))) {
      if (segment.index > 0) ends.push(chunk.start + segment.index);
    }
  }
  return ends;
}

/**
 * A line longer than INTL_CHUNK_CHARS cut into pieces of about that size, each cut just
 * after terminal punctuation and its whitespace (where the segmenter would end a sentence
 * anyway), so one line of 50,000 tiny sentences ("Go. Go. …") costs linear time. A stretch
 * with no such place stays whole: it has few sentences, so it is cheap.
 */
function cutLongLine(text: string, start: number, end: number): Span[] {
  const pieces: Span[] = [];
  let from = start;
  while (end - from > INTL_CHUNK_CHARS) {
    TERMINAL_THEN_SPACE.lastIndex = from + INTL_CHUNK_CHARS;
    const match = TERMINAL_THEN_SPACE.exec(text);
    const cut = match ? match.index + match[0].length : end;
    if (cut >= end) break;
    pieces.push({ start: from, end: cut });
    from = cut;
  }
  pieces.push({ start: from, end });
  return pieces;
}
const TERMINAL_THEN_SPACE = /[.!?…。！？][\p{Pe}\p{Pf}"']*[ \t]+/gu;

function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  return end > start ? { start, end } : null;
}
