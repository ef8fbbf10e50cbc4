import { areOpposites, areOppositeThroughRelatives } from "@/lib/lexicon/antonyms";
import { NEGATION_WORDS, OPPOSED_PREPOSITIONS } from "@/lib/lexicon/function-words";
import { isCompassPoint, isWordNetPhrase, lemmatize } from "@/lib/lexicon/wordnet";
import { countNegations } from "./negation-change";
import { isContentWord } from "./word-class";
import { numberValue, relativeDateOffset } from "../../numbers";
import { tokenize, type Token } from "../../1-segment/tokens";
import type { Finding } from "../../types";
import { quoted, textOf, type PairContext } from "./context";
import { spanOf } from "../../3-diff/hunks";

/** Hunks with more words than this on a side are rewritten clauses: an opposite there may be a paraphrase ("rose" -> "did not fall"). */
const MAX_HUNK_WORDS = 4;

/**
 * A reversal of meaning by an opposite swapped in: "rose" -> "fell", "more" -> "fewer",
 * "seldom" -> "frequently", "gain" -> "loss" (WordNet antonyms, through similar-to heads
 * and derivations; see lib/lexicon/antonyms.ts). A negation-change (high), with both
 * wordings in the message. A hunk that also adds or drops a negation ("rose" -> "did not
 * fall") says the same thing twice reversed, and is left alone.
 */
export function findAntonymChanges(context: PairContext): Finding[] {
  // A statement whose negations changed in number may have been turned around twice
  // ("did not find any" -> "found no"): the negation rule speaks for it.
  const total = (text: string, span: { start: number; end: number }) => countNegations(tokenize(text, span.start, span.end));
  if (total(context.original.text, context.originalSpan) !== total(context.suspect.text, context.suspectSpan)) return [];
  const findings: Finding[] = [];
  for (const hunk of context.hunks) {
    const removed = hunk.removed.filter((t) => t.isWord);
    const added = hunk.added.filter((t) => t.isWord);
    if (!removed.length || !added.length || removed.length > MAX_HUNK_WORDS || added.length > MAX_HUNK_WORDS) continue;
    const pair = opposedPair(removed, added);
    if (!pair) continue;
    // Other content words changed beside the opposites: a rephrased idiom ("came in below
    // its asking price" → "fell short of"), not a word turned round.
    const others = (tokens: Token[], except: Token[]) => tokens.filter((t) => !except.includes(t) && isContentWord(t)).map((t) => t.norm);
    const otherRemoved = others(removed, pair[0]);
    const otherAdded = others(added, pair[1]);
    if (otherAdded.some((word) => !otherRemoved.includes(word)) || otherRemoved.some((word) => !otherAdded.includes(word))) continue;
    // "never" -> "always" is the negation rule's to report.
    if (countNegations(hunk.removed, hunk.after[0]) !== countNegations(hunk.added, hunk.after[0])) continue;
    const [was, now] = pair;
    findings.push({
      kind: "negation-change",
      severity: "high",
      suspect: spanOf(now)!,
      original: spanOf(was)!,
      message: `The original says ${quoted(textOf(was))} here; the suspect says ${quoted(textOf(now))}, the opposite.`,
      suggestion: textOf(was),
    });
  }
  return findings;
}

/**
 * Two numbers, in figures or words ("first" → "second"), or two words that place a date
 * ("last" → "next"): number-change's to report, not opposites.
 */
const isCount = (t: Token) => /\d/.test(t.text) || numberValue(t, false) !== null;
const areCounts = (a: Token, b: Token) => (isCount(a) && isCount(b)) || (relativeDateOffset(a.norm) !== null && relativeDateOffset(b.norm) !== null);

/** The first removed word (or word and particle) whose opposite was added, lower-case words only (names are entity-change's). */
function opposedPair(removed: Token[], added: Token[]): [Token[], Token[]] | null {
  const plain = (t: Token) => !/^\p{Lu}/u.test(t.text) || t === removed[0] || t === added[0];
  const candidates = (tokens: Token[]) => tokens.filter((t) => plain(t) && !/\d/.test(t.text) && !NEGATION_WORDS.has(t.norm)).map((t) => ({ token: t, ...asEntry(t, tokens) }));
  const nows = candidates(added);
  for (const was of candidates(removed)) {
    for (const now of nows) {
      if (opposedWords(was.words, now.words) && !areCounts(was.token, now.token)) return [was.tokens, now.tokens];
    }
  }
  return null;
}

/**
 * A verb with the particle after it when WordNet has the two as one entry ("went up", a
 * synonym of "rose"), looked up by the verb's lemma; else the word alone. "went" alone
 * would be the opposite of "rose" ("go" as the sun sets).
 */
function asEntry(token: Token, tokens: Token[]): { words: string; tokens: Token[] } {
  const next = tokens[tokens.indexOf(token) + 1];
  const lemma = lemmatize(token.norm, "verb");
  if (next && next.isWord && isWordNetPhrase([lemma, next.norm])) return { words: `${lemma} ${next.norm}`, tokens: [token, next] };
  return { words: token.norm, tokens: [token] };
}

/**
 * Opposites (WordNet's, a kind of one's opposite: "allowed" → "banned", a preposition
 * turned round: "for" → "against", or a word and its "un-"/"non-" form: "named" → "unnamed"), or
 * compounds that differ in one part, turned into its opposite ("shallow-water" →
 * "deep-water", "low-income" → "high-income"). "north" → "south" moves a place:
 * direction-change's to report.
 */
function opposedWords(was: string, now: string): boolean {
  if (opposed(was, now)) return true;
  if (!was.includes("-") || !now.includes("-")) return false;
  const wasParts = was.split("-");
  const nowParts = now.split("-");
  if (wasParts.length < 2 || wasParts.length !== nowParts.length) return false;
  const differing = wasParts.map((part, i) => [part, nowParts[i]!] as const).filter(([a, b]) => a !== b);
  return differing.length === 1 && opposed(...differing[0]!);
}

/** "named" → "unnamed", "profit" → "nonprofit". */
function prefixed(word: string, negated: string): boolean {
  return word.length >= 3 && negated.length === word.length + (negated.startsWith("un") ? 2 : 3) && (negated === `un${word}` || negated === `non${word}`);
}

function opposed(a: string, b: string): boolean {
  if (OPPOSED_PREPOSITIONS.get(a) === b) return true;
  return (prefixed(a, b) || prefixed(b, a) || areOpposites(a, b) || areOppositeThroughRelatives(a, b)) && !(isCompassPoint(a) && isCompassPoint(b));
}
