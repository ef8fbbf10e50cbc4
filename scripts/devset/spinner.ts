import { inflectLike } from "../../lib/lexicon/inflect";
import { STOPWORDS } from "../../lib/lexicon/stopwords";
import { thesaurusRelatives } from "../../lib/lexicon/substitutes";
import { isWordNetPhrase, lemmasOf, type WordNetPos } from "../../lib/lexicon/wordnet";
import { synsetsOf } from "../../lib/lexicon/wordnet-synsets";
import { seededRandom } from "../seeded-random";
export { seededRandom };

/** One word the spinner replaced, with its place in the spun text. */
export type Swap = {
  start: number;
  end: number;
  was: string;
  now: string;
  /** The original word formed a WordNet multiword expression of content words with a neighbour ("press conference"). */
  breaksPhrase: boolean;
};

export type Spun = { text: string; swaps: Swap[] };


/** Senses a thesaurus offers per word: article spinners pick from the first few. */
const THESAURUS_SENSES = 3;

/** The part of speech with most senses: a thesaurus without a tagger guesses this way. */
function likelyPos(word: string): { pos: WordNetPos; lemma: string } | null {
  let best: { pos: WordNetPos; lemma: string; senses: number } | null = null;
  for (const pos of ["noun", "verb", "adj", "adv"] as const) {
    for (const lemma of lemmasOf(word, pos)) {
      const senses = synsetsOf(pos, lemma).length;
      if (!best || senses > best.senses) best = { pos, lemma, senses };
    }
  }
  return best;
}

/** Thesaurus candidates for a written word: one-word lemmas of its first senses. */
export function thesaurusSynonyms(word: string): string[] {
  const guess = likelyPos(word);
  if (!guess) return [];
  const out = new Set<string>();
  for (const synset of synsetsOf(guess.pos, guess.lemma).slice(0, THESAURUS_SENSES)) {
    for (const lemma of synset.lemmas) {
      const inflected = lemma !== guess.lemma && /^[a-z]{3,}$/.test(lemma) ? inflectLike(word, guess.lemma, lemma, guess.pos) : null;
      if (inflected) out.add(inflected);
    }
  }
  return [...out];
}

/**
 * A thesaurus.com-style list: the synonyms of the first senses and the words one pointer
 * away (parent, children, similar to), as such lists mix them ("clergyman" for "minister").
 */
export function widerThesaurus(word: string): string[] {
  return [...new Set([...thesaurusSynonyms(word), ...thesaurusRelatives(word)])];
}

/** How a spinner finds its candidates for a word. */
export type Thesaurus = (word: string) => string[];

const WORD = /[A-Za-z][A-Za-z'-]*/g;

/**
 * A thesaurus spinner, as Spinbot-style tools work: each lower-case content word is, with
 * probability `rate`, replaced by a random one-word synonym from the first senses of its
 * likeliest part of speech (or, with `widerThesaurus`, a relative as well). Names (capitalised words inside a sentence), function words and words WordNet
 * does not know are kept. Returns the spun text and every swap with its span in it.
 */
export function spinText(text: string, random: () => number, rate = 0.4, thesaurus: Thesaurus = thesaurusSynonyms): Spun {
  const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  let out = "";
  let at = 0;
  const swaps: Swap[] = [];
  words.forEach((word, i) => {
    // A sentence's first word is spun too, as real spinners do, and keeps its capital.
    const opensSentence = /^[A-Z][a-z]+$/.test(word.text) && /(^|[.!?]["”’]?\s+)$/.test(text.slice(Math.max(0, word.start - 3), word.start));
    const lower = opensSentence ? word.text.toLowerCase() : word.text;
    if (lower !== lower.toLowerCase() || lower.length < 3 || STOPWORDS.has(lower) || random() >= rate) return;
    const options = thesaurus(lower);
    if (options.length === 0) return;
    const chosen = options[Math.floor(random() * options.length)]!;
    const now = opensSentence ? chosen.charAt(0).toUpperCase() + chosen.slice(1) : chosen;
    const previous = words[i - 1];
    const next = words[i + 1];
    // A fixed expression of content words ("press conference"), the kind tortured-phrase lists hold; not "kind of".
    const joined = (a: typeof word | undefined, b: typeof word | undefined) =>
      !!a && !!b && /^ $/.test(text.slice(a.end, b.start)) && !STOPWORDS.has(a.text.toLowerCase()) && !STOPWORDS.has(b.text.toLowerCase());
    const breaksPhrase =
      (joined(previous, word) && isWordNetPhrase([previous!.text.toLowerCase(), lower])) || (joined(word, next) && isWordNetPhrase([lower, next!.text.toLowerCase()]));
    out += text.slice(at, word.start);
    swaps.push({ start: out.length, end: out.length + now.length, was: word.text, now, breaksPhrase });
    out += now;
    at = word.end;
  });
  out += text.slice(at);
  return { text: out, swaps };
}
