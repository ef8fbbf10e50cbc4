import { BoundedCache } from "@/lib/lexicon/bounded-cache";
import { collocationAlternatives, collocationSource, participleAlternative, type CollocationAlternative } from "@/lib/lexicon/collocations";
import { STOPWORDS } from "@/lib/lexicon/stopwords";
import { lemmasOf } from "@/lib/lexicon/wordnet";
import type { Finding, Span } from "../types";
import { tagSpan } from "../nlp";

const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*\p{Ll}$/u;

/** A pair's verdict, cached per process: the same pair recurs across a long article. */
const verdicts = new BoundedCache<string, CollocationAlternative | null>(100_000);
/** compromise's verdict on a candidate's context window, keyed by the window's text. */
const posVerdicts = new BoundedCache<string, boolean>(20_000);

/** "transfers" keeps its plural on the suggested head: "arms transfers". */
function inflectLike(written: string, lemma: string, replacement: string): string {
  if (written === lemma || !written.endsWith("s")) return replacement;
  if (/(s|x|z|ch|sh)$/.test(replacement)) return `${replacement}es`;
  if (/[^aeiou]y$/.test(replacement)) return `${replacement.slice(0, -1)}ies`;
  return `${replacement}s`;
}

/** Whether a modifier works as a noun ("spy", "hands") rather than an adjective ("little", "criminal"). */
const isNounModifier = (word: string) => lemmasOf(word, "noun").length > 0 && lemmasOf(word, "adj").length === 0;

function judgePair(modifier: string, head: string): CollocationAlternative | null {
  const key = `${modifier} ${head}`;
  let verdict = verdicts.get(key);
  if (verdict === undefined) {
    verdict = null;
    const adverb = modifier.endsWith("ly") && lemmasOf(modifier, "adv").length > 0;
    const headFits = adverb ? lemmasOf(head, "adj").length > 0 : lemmasOf(head, "noun").length > 0;
    const modifierFits = adverb || lemmasOf(modifier, "adj").length > 0 || lemmasOf(modifier, "noun").length > 0;
    if (headFits && modifierFits && collocationSource(modifier, head) === null) {
      verdict = collocationAlternatives(modifier, head, isNounModifier(modifier))[0] ?? null;
    }
    if (!verdict && !adverb && lemmasOf(head, "noun").length > 0 && collocationSource(modifier, head) === null) verdict = participleAlternative(modifier, head);
    verdicts.set(key, verdict);
  }
  return verdict;
}

type Word = { start: number; end: number; text: string; norm: string };

/**
 * Lower-case words, by a plain ASCII regex: only they can form a candidate pair, and
 * Unicode classes cost 3x on a long article. A word must not continue a longer token
 * ("McDonald", "ésta"), so the neighbours are checked too.
 */
const WORD = /(?<![\w\u00C0-\u024F\u0370-\u1FFF'’-])[a-z][a-z'’-]*(?![\w\u00C0-\u024F\u0370-\u1FFF])/g;

const isCandidate = (word: Word | undefined): word is Word =>
  word !== undefined && word.text.length >= 3 && LOWER_WORD.test(word.text) && !STOPWORDS.has(word.norm);

/** Two words with one plain space between them, so no punctuation or line break. */
const adjacent = (text: string, a: Word | undefined, b: Word | undefined) => !!a && !!b && b.start === a.end + 1 && text[a.end] === " ";

/**
 * Odd collocations in a text: a modifier + head pair ("little number", "hands transfers",
 * "economically disturbed") that no collocation source attests while a near-synonym swap
 * of one word gives an established one ("small number", "arms transfers", "economically
 * troubled"). Lower-case words only, so names never count. Severity medium; the
 * suggestion keeps the written plural. One pass over the whole text: pairs never cross
 * punctuation, so they never cross a sentence boundary either. Candidates in `isSettled`
 * spans (wording an original shares) are dropped before the costly part-of-speech check.
 */
export function detectOddCollocations(text: string, isSettled: (span: Span) => boolean = () => false): Finding[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) words.push({ start: m.index, end: m.index + m[0].length, text: m[0], norm: m[0].toLowerCase().replace(/’/g, "'") });
  const tokens = words;
  const findings: (Finding & { modifierStart: number; headStart: number; adverb: boolean })[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const modifier = words[i];
    const head = words[i + 1];
    if (!isCandidate(modifier) || !isCandidate(head) || !adjacent(text, modifier, head)) continue;
    const alternative = judgePair(modifier.norm, head.norm);
    if (!alternative) continue;
    // "social studies teacher": the modifier is itself the head of an established pair.
    const before = words[i - 1];
    if (isCandidate(before) && adjacent(text, before, modifier) && collocationSource(before.norm, modifier.norm) !== null) continue;
    const headLemma = lemmasOf(head.norm, alternative.head === head.norm ? undefined : "noun")[0] ?? head.norm;
    const suggestion = `${alternative.modifier} ${alternative.headRelation === "same" ? head.text : inflectLike(head.norm, headLemma, alternative.head)}`;
    findings.push({
      modifierStart: modifier.start,
      headStart: head.start,
      adverb: alternative.modifier === modifier.norm && modifier.norm.endsWith("ly"),
      kind: "garbled-phrase",
      severity: "medium",
      suspect: { start: modifier.start, end: head.end },
      original: null,
      message: `"${modifier.text} ${head.text}" is not an established phrase; the usual wording is "${suggestion}".`,
      suggestion,
    });
    i++;
  }
  // Confirm the parts of speech in context ("the court found" has a verb after "court"),
  // tagging only a few words around a candidate, and only when either word can be a verb:
  // tagging whole sentences of a long spun article would cost seconds.
  return findings
    .filter(({ modifierStart, headStart, adverb, suspect }) => {
      if (suspect && isSettled(suspect)) return false;
      const modifierWord = text.slice(modifierStart, text.indexOf(" ", modifierStart));
      const headWord = text.slice(headStart, suspect?.end ?? headStart);
      if (lemmasOf(modifierWord.toLowerCase(), "verb").length === 0 && lemmasOf(headWord.toLowerCase(), "verb").length === 0) return true;
      const at = tokens.findIndex((t) => t.start === modifierStart);
      const window = { start: tokens[Math.max(0, at - CONTEXT_WORDS)]?.start ?? modifierStart, end: tokens[Math.min(tokens.length - 1, at + 1 + CONTEXT_WORDS)]?.end ?? headStart };
      const key = text.slice(window.start, window.end);
      let fits = posVerdicts.get(key);
      if (fits === undefined) {
        const tags = tagSpan(text, window);
        fits = isModifierHead(tags.get(modifierStart), tags.get(headStart), adverb);
        posVerdicts.set(key, fits);
      }
      return fits;
    })
    .map(({ modifierStart: _m, headStart: _h, adverb: _a, ...finding }) => finding);
}

/**
 * Words of context on each side of a candidate pair when tagging it: 1 still shows
 * compromise "the court found that". Tagging is most of this rule's time; 1, 2 and 3
 * gave identical findings on every eval pair, the shared example and 40 load-test pairs,
 * and 1 tags ~40% fewer words than 3.
 */
const CONTEXT_WORDS = 1;

/**
 * Whether compromise's tags allow a modifier + head reading. Lenient on purpose: it tags
 * "hands" in "new hands transfers" as a verb, so only clear verbs are refused: a
 * past-tense head ("court found"), or a past-tense modifier that is not a participle
 * ("held free"). After an -ly adverb the head may be a participle ("economically disturbed").
 */
function isModifierHead(modifier: ReadonlySet<string> | undefined, head: ReadonlySet<string> | undefined, adverb: boolean): boolean {
  if (!modifier || !head) return true;
  if (head.has("Verb") && !adverb && !head.has("Noun")) return false;
  if (modifier.has("PastTense") && !modifier.has("Participle") && !modifier.has("Adjective")) return false;
  return !["Pronoun", "Determiner", "Preposition", "Conjunction"].some((tag) => modifier.has(tag));
}
