import { FUNCTION_WORDS, SENTENCE_STARTERS } from "@/lib/lexicon/function-words";
import { isProperNameFirst, isWordNetWord } from "@/lib/lexicon/wordnet";
import { numberValue } from "./numbers";
import { tokenize, type Token } from "./1-segment/tokens";
import type { Span } from "./types";

/** A run of capitalised words naming a person, place, organisation or nationality. */
export type EntityMention = Span & {
  text: string;
  /** Lower-case words without possessive endings: "North Korea's" -> ["north", "korea"]. */
  words: string[];
};

/** Lower-case words allowed inside a name when capitals stand on both sides: "Center for Security Studies". */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(["of", "for", "and", "de", "del", "la", "al", "bin", "van", "von", "the"]);

const isCapitalised = (token: Token) => token.isWord && /^\p{Lu}/u.test(token.text);

/**
 * Finds proper-noun runs in a sentence by capitalisation (compromise's tagger misses many
 * names in news text; see STACK.md). A sentence-initial capital counts only when the word
 * is not a common sentence opener ("The", "Although") or when another capital follows.
 * All-capitals sentences (headlines) give none: their capitals say nothing.
 */
export function findEntityMentions(text: string, sentence: Span): EntityMention[] {
  const tokens = tokenize(text, sentence.start, sentence.end);
  const words = tokens.filter((t) => t.isWord);
  const upper = words.filter((t) => t.text === t.text.toUpperCase() && /\p{L}/u.test(t.text)).length;
  if (words.length >= 4 && upper / words.length > 0.6) return [];

  const mentions: EntityMention[] = [];
  let run: Token[] = [];
  const flush = () => {
    while (run.length && !isCapitalised(run[run.length - 1]!)) run.pop();
    while (run.length && SENTENCE_STARTERS.has(run[0]!.norm)) run.shift();
    const first = run[0];
    const last = run[run.length - 1];
    if (first && last) {
      const startsSentence = first === words[0];
      const single = run.length === 1;
      // A capital at the start of a sentence proves nothing: the word counts as a name there
      // only if the text also capitalises it mid-sentence ("Iran has…" after "…to Iran."),
      // or WordNet knows it first as a name ("Croatia's ministry said…") or not at all
      // ("Reuters reported…").
      const bare = first.norm.replace(/['’]s$/, "");
      const named = midSentenceCapitals(text).has(bare) || isProperNameFirst(bare) || (/^\p{L}+$/u.test(bare) && !isWordNetWord(bare));
      const common = FUNCTION_WORDS.has(first.norm) || SENTENCE_STARTERS.has(first.norm) || !named;
      const isDate = run.every((t) => !isCapitalised(t) || numberValue(t) !== null);
      if (!isDate && !(startsSentence && single && (common || !/\p{Lu}.*\p{Lu}/u.test(first.text) && looksLikeCommonWord(first.norm)))) {
        mentions.push({
          start: first.start,
          end: last.end,
          text: text.slice(first.start, last.end),
          words: run.filter(isCapitalised).flatMap((t) => t.norm.replace(/['’]s$/, "").split(/[-.]/)).filter(Boolean),
        });
      }
    }
    run = [];
  };
  for (const token of tokens) {
    if (isCapitalised(token)) {
      run.push(token);
      if (/['’]s$/.test(token.text)) flush(); // "North Korea's KCNA" names two things
    }
    else if (run.length && token.isWord && NAME_CONNECTORS.has(token.norm)) run.push(token);
    else if (run.length && token.text === "-") run.push(token);
    else flush();
  }
  flush();
  return mentions;
}

const capitalsCache: { text: string; words: Set<string> }[] = [];

/** Lower-cased words the text capitalises somewhere other than at the start of a sentence or line. */
function midSentenceCapitals(text: string): Set<string> {
  const hit = capitalsCache.find((entry) => entry.text === text);
  if (hit) return hit.words;
  const words = new Set<string>();
  const tokens = tokenize(text);
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = tokens[i - 1]!;
    if (!isCapitalised(token) || /[.!?…"“”:]/.test(previous.text) || text.slice(previous.end, token.start).includes("\n")) continue;
    words.add(token.norm.replace(/['’]s$/, ""));
  }
  capitalsCache.unshift({ text, words });
  capitalsCache.length = Math.min(capitalsCache.length, 2);
  return words;
}

/**
 * A sentence-initial capitalised word that is probably an ordinary word: verbs in -ing or
 * -ed, adverbs in -ly, and anything that reads as a function word.
 */
function looksLikeCommonWord(word: string): boolean {
  return /(ing|ed|ly)$/.test(word) || FUNCTION_WORDS.has(word);
}

/** True when every word of `mention` occurs among `words`. */
export function mentionIsIn(mention: EntityMention, words: ReadonlySet<string>): boolean {
  return mention.words.every((word) => words.has(word));
}
