import type { Span } from "../../types";
import { isWordNetWord } from "@/lib/lexicon/wordnet";

/**
 * The words reverse spinning reads: lower-case words standing alone, the ordinary words
 * inside multiword names, and the words that open sentences with a capital only because
 * they open them. Names, numbers and hyphenated tokens never take part.
 */
export function plainWords(text: string, sentences: readonly Span[]): Word[] {
  const openers = [...sentenceOpeners(text, sentences)];
  const words: Word[] = [...openers, ...nameWords(text, new Set(openers.map((w) => w.start)))];
  for (const m of text.matchAll(WORD)) words.push({ start: m.index, end: m.index + m[0].length, text: m[0], norm: m[0] });
  return words.sort((a, b) => a.start - b.start);
}

export type Word = { start: number; end: number; text: string; norm: string; inName?: boolean };

/** Lower-case words that stand alone (not part of a capitalised or hyphenated token). */
const WORD = /(?<![\p{L}\p{N}'’-])[a-z]+(?![\p{L}\p{N}'’-])/gu;

/** Two words with one plain space between them: no punctuation, no line break. */
export const isPlain = (text: string, a: Word, b: Word) => b.start === a.end + 1 && text[a.end] === " ";

/** Two or more capitalised words in a row, with "of", "for", "and" or "the" inside: a name ("House of Commons"). */
const NAME_RUN = /\b[A-Z][a-z]+(?:(?: (?:of|for|and|the|on))* [A-Z][a-z]+)+\b/g;

/**
 * The words of multiword names that are English words in lower case ("Lodge", "Commons"):
 * spinners swap inside names as anywhere else ("House of Commons" → "Lodge of Commons"),
 * and the language model knows the established ones in lower case. Words WordNet does not
 * know ("Lindqvist") keep a name out of the reading.
 */
function* nameWords(text: string, openers: ReadonlySet<number>): Generator<Word> {
  for (const run of text.matchAll(NAME_RUN)) {
    for (const m of run[0].matchAll(/[A-Z][a-z]+/g)) {
      const start = run.index + m.index;
      const norm = m[0].toLowerCase();
      if (openers.has(start) || !isWordNetWord(norm)) continue;
      yield { start, end: start + m[0].length, text: m[0], norm, inName: true };
    }
  }
}

/** A capitalised word that opens a sentence. */
const OPENER = /^[^\p{L}\p{N}]*([A-Z][a-z]+)(?![\p{L}\p{N}'’-])/u;
/** A capitalised word inside a sentence, after a lower-case word or a comma: a name. */
const CAPITALISED_INSIDE = /[a-z,;] ([A-Z][a-z]+)(?![\p{L}\p{N}])/gu;

/**
 * The words that open sentences with a capital only because they open them ("Climate
 * alteration is …"): a word WordNet knows in lower case that the text never writes
 * capitalised inside a sentence (so not a name: "Lang said …" elsewhere "David Lang").
 */
function* sentenceOpeners(text: string, sentences: readonly Span[]): Generator<Word> {
  if (sentences.length === 0) return;
  // One pass over the text, not one per sentence: a long article has thousands.
  const capitalisedInside = new Set([...text.matchAll(CAPITALISED_INSIDE)].map((m) => m[1]!));
  for (const sentence of sentences) {
    const m = OPENER.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 40)));
    if (!m) continue;
    const word = m[1]!;
    const norm = word.toLowerCase();
    const start = sentence.start + m[0].length - word.length;
    if (!isWordNetWord(norm)) continue;
    if (capitalisedInside.has(word)) continue;
    yield { start, end: start + word.length, text: word, norm };
  }
}

