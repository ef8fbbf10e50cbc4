import { STOPWORDS } from "@/lib/lexicon/stopwords";
import { lemmatize } from "@/lib/lexicon/wordnet";
import { synsetsOfWord } from "@/lib/lexicon/wordnet-lemmas";
import { zipfFrequency } from "@/lib/lexicon/frequency";

/** What one token of an article contributes to retrieval. */
export type TermKind = "number" | "name" | "word";
export type Term = { term: string; kind: TermKind; surface: string; rarity: number };

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
const NUMBER = /^\d[\d.,]*$/;

/** Per-process memo: news vocabulary is small, WordNet lookups are not free. */
const wordMemo = new Map<string, readonly string[]>();
const rarityMemo = new Map<string, number>();
const MEMO_LIMIT = 300_000;

/**
 * The index terms of one content word: its lemma ("w" + lemma) and the first synset of
 * each part of speech it has ("s" + pos letter + offset). Spinners swap a word for a
 * WordNet-style synonym; both words' first senses then share an "s" term, so "stated"
 * still meets "said" (both reach {state, say, tell}) though the words differ.
 */
export function wordTerms(lower: string): readonly string[] {
  let terms = wordMemo.get(lower);
  if (terms) return terms;
  const lemma = lemmatize(lower).replace(/[^\p{L}\p{N}]/gu, "");
  const found = new Set<string>([`w${lemma}`]);
  for (const synset of synsetsOfWord(lower, undefined, 1)) found.add(`s${synset.pos[0]}${synset.offset}`);
  terms = [...found];
  if (wordMemo.size >= MEMO_LIMIT) wordMemo.clear();
  wordMemo.set(lower, terms);
  return terms;
}

/** "1,200" and "1200" are one number; "4.6" keeps its point as "p" (FTS tokens are alphanumeric). */
function numberTerm(surface: string): string {
  const cleaned = surface.replace(/[.,]+$/, "").replace(/,(?=\d{3}\b)/g, "");
  return `n${cleaned.replace(/[.,]/g, "p")}`;
}

/**
 * Every retrieval term of `text`, in order: numbers ("n" + digits), capitalised words
 * inside a sentence as names (also word terms, since a name's lemma is itself), and
 * content words through wordTerms. Function words are dropped. `rarity` is 8 minus the
 * word's Zipf frequency (0 for "the", ~8 for a word SUBTLEX never saw).
 */
export function extractTerms(text: string): Term[] {
  const terms: Term[] = [];
  for (const line of text.split("\n")) extractLineTerms(line, terms);
  return terms;
}

/** A headline capitalises every word: none of them is a name for that reason alone. */
function isTitleCase(tokens: readonly string[]): boolean {
  const words = tokens.filter((t) => /^\p{L}/u.test(t) && t.length > 3);
  return words.length >= 3 && words.filter((t) => /^\p{Lu}/u.test(t)).length >= words.length * 0.7;
}

function extractLineTerms(line: string, terms: Term[]): void {
  const matches = [...line.matchAll(TOKEN)];
  const headline = isTitleCase(matches.map((m) => m[0]));
  let sentenceStart = true;
  for (const match of matches) {
    const surface = match[0];
    const end = (match.index ?? 0) + surface.length;
    const atStart = sentenceStart || headline;
    sentenceStart = endsSentence(line, end);
    if (NUMBER.test(surface)) {
      terms.push({ term: numberTerm(surface), kind: "number", surface, rarity: 6 });
      continue;
    }
    const lower = surface.toLowerCase().replace(/’/g, "'").replace(/'s$/, "");
    if (STOPWORDS.has(lower) || lower.length < 2) continue;
    let rarity = rarityMemo.get(lower);
    if (rarity === undefined) {
      rarity = Math.max(0, 8 - zipfFrequency(lower));
      if (rarityMemo.size >= MEMO_LIMIT) rarityMemo.clear();
      rarityMemo.set(lower, rarity);
    }
    const isName = !atStart && /^\p{Lu}/u.test(surface);
    for (const term of wordTerms(lower)) terms.push({ term, kind: term.startsWith("w") && isName ? "name" : "word", surface, rarity });
  }
}

/** Whether the token ending at `end` closes a sentence or a paragraph: a stop, or a blank line, within the next few characters. */
function endsSentence(text: string, end: number): boolean {
  for (let i = end; i < end + 4 && i < text.length; i++) {
    const c = text[i];
    if (c === "." || c === "!" || c === "?" || c === "\n") return true;
    if (c !== " " && c !== '"' && c !== "”" && c !== "’" && c !== "'" && c !== ")" && c !== "\t" && c !== "\r") return false;
  }
  return false;
}
