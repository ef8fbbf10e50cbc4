import { englishBoundaries } from "./segment-english";
import type { Span } from "../types";

export { wordBefore } from "./segment-words";

/**
 * Splits a text into sentences.
 *
 * - Every line break that ends a paragraph ends a sentence, so headlines and datelines
 *   without a full stop stand alone; a single line break inside a hard-wrapped paragraph
 *   (next line starts in lower case) does not.
 * - Within a paragraph a sentence ends at . ! ? … followed by space and a capital, digit or
 *   quote, including after a closing quote (`…and Iran.” The giving…`), which compromise's
 *   own splitter misses; not after abbreviations ("Gen.", "Jan."), single initials
 *   ("U. S.", "J. Smith") or dotted initialisms ("U.S.") unless a capitalised function word
 *   follows ("…in the U.S. How about you?"); not before a number after "p." or "No.";
 *   also with no space ("world.Today"), before each item of an inline list ("1. One 2. Two"),
 *   and after a four-dot ellipsis but not a three-dot one (see segment-english.ts). Scores
 *   50/50 on the English Golden Rules (segment-golden-rules.test.ts).
 * - `locale` other than "en" uses Intl.Segmenter's sentence rules inside each paragraph.
 *
 * Returns spans into `text` (UTF-16 offsets), in order, trimmed of surrounding whitespace,
 * never empty; text that is only whitespace gives none.
 */
export function segmentSentences(text: string, locale: string = "en"): Span[] {
  const sentences: Span[] = [];
  for (const paragraph of splitParagraphs(text)) {
    const ends = locale === "en" ? englishBoundaries(text.slice(paragraph.start, paragraph.end)).map((end) => paragraph.start + end) : intlBoundaries(text, paragraph, locale);
    let start = paragraph.start;
    for (const end of [...ends, paragraph.end]) {
      const span = trimSpan(text, start, end);
      if (span) sentences.push(span);
      start = end;
    }
  }
  return sentences;
}

/**
 * Paragraph spans: runs of lines, broken at blank lines and at lines that end a paragraph.
 * A line that ends in a lower-case word, comma or semicolon continues on a next line that
 * starts in lower case ("It was a cold\nnight in the city."), but only when the lines so
 * joined reach a full stop, question or exclamation mark: unpunctuated lines in lower case
 * ("features\ncontact manager\nevents, activities") are a list, one item a line.
 */
function splitParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  let run: Span[] = [];
  const flush = () => {
    const first = run[0];
    const last = run[run.length - 1];
    if (!first || !last) return;
    if (run.length === 1 || /[.!?…]/.test(text.slice(first.start, last.end))) paragraphs.push({ start: first.start, end: last.end });
    else paragraphs.push(...run);
    run = [];
  };
  let previousLine = "";
  for (const match of text.matchAll(/[^\n]*(?:\n|$)/g)) {
    if (match[0].length === 0) continue;
    const line = match[0].replace(/\r?\n$/, "");
    const start = match.index;
    if (!line.trim()) {
      flush();
      continue;
    }
    const continuesPrevious = run.length > 0 && /[\p{Ll},;]\s*$/u.test(previousLine) && /^\s*\p{Ll}/u.test(line);
    if (!continuesPrevious) flush();
    run.push({ start, end: start + line.length });
    previousLine = line;
  }
  flush();
  return paragraphs;
}

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
