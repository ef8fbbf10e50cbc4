import { collocationAlternatives, collocationSource, type CollocationAlternative } from "@/lib/lexicon/collocations";
import { STOPWORDS } from "@/lib/lexicon/stopwords";
import { lemmasOf } from "@/lib/lexicon/wordnet";
import { tokenize, type Token } from "../tokens";
import type { Finding, Span } from "../types";
import { tagSpan } from "./pos-tags";

const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*\p{Ll}$/u;

/** A pair's verdict, cached per process: the same pair recurs across a long article. */
const verdicts = new Map<string, CollocationAlternative | null>();

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
    verdicts.set(key, verdict);
  }
  return verdict;
}

const isCandidate = (token: Token | undefined): token is Token =>
  token !== undefined && token.isWord && token.text.length >= 3 && LOWER_WORD.test(token.text) && !STOPWORDS.has(token.norm);

/**
 * Odd collocations in one sentence: a modifier + head pair ("little number", "hands
 * transfers", "economically disturbed") that no collocation source attests while a
 * near-synonym swap of one word gives an established one ("small number", "arms
 * transfers", "economically troubled"). Lower-case words only, so names never count.
 * Severity medium; the suggestion keeps the written plural.
 */
export function detectOddCollocations(text: string, sentence: Span): Finding[] {
  const tokens = tokenize(text, sentence.start, sentence.end);
  const findings: (Finding & { modifierStart: number; headStart: number; adverb: boolean })[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const modifier = tokens[i];
    const head = tokens[i + 1];
    if (!isCandidate(modifier) || !isCandidate(head)) continue;
    // "social studies teacher": the modifier is itself the head of an established pair.
    const before = tokens[i - 1];
    if (isCandidate(before) && collocationSource(before.norm, modifier.norm) !== null) continue;
    const alternative = judgePair(modifier.norm, head.norm);
    if (!alternative) continue;
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
  // tagging only a few words around each candidate: tagging whole sentences of a long
  // spun article would cost seconds.
  return findings
    .filter(({ modifierStart, headStart, adverb, suspect }) => {
      const at = tokens.findIndex((t) => t.start === modifierStart);
      const window = { start: tokens[Math.max(0, at - CONTEXT_WORDS)]?.start ?? modifierStart, end: tokens[Math.min(tokens.length - 1, at + 1 + CONTEXT_WORDS)]?.end ?? suspect?.end ?? headStart };
      const tags = tagSpan(text, window);
      return isModifierHead(tags.get(modifierStart), tags.get(headStart), adverb);
    })
    .map(({ modifierStart: _m, headStart: _h, adverb: _a, ...finding }) => finding);
}

/** Tokens of context on each side of a candidate pair when tagging it; 3 lets compromise see "the court found that". */
const CONTEXT_WORDS = 3;

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
