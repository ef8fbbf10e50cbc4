import { areOpposites } from "@/lib/lexicon/antonyms";
import { NEGATION_WORDS } from "@/lib/lexicon/function-words";
import { isUnitNoun, lemmasOf, lemmatize } from "@/lib/lexicon/wordnet";
import { numberValue } from "../../numbers";
import { spanOf } from "../../3-diff/hunks";
import { tokenize, type Token } from "../../1-segment/tokens";
import type { Finding } from "../../types";
import { quoted, type PairContext } from "./context";
import { isCloseRelative, isThesaurusNeighbour } from "./relations";
import { isContentWord } from "./word-class";

/** Hunks longer than this are restructured sentences, where a negation may just have moved. */
const MAX_HUNK_WORDS = 6;

/**
 * Negations in a token run; "no" standing alone ("voted no,") is an answer, not a
 * negation. `next` is the token after the run, if any: "no" closing a hunk may still
 * govern the unchanged word after it ("no → a few | Pine Ridge store would close").
 */
export const countNegations = (tokens: Token[], next?: Token): number => negations(tokens, next);

/**
 * `plainComparatives`: the comparatives the other wording states without a negation
 * ("more than 50"); against those, "no more than 50" is a flip, not a bound.
 * `spelledOut`: the nouns the other wording negates ("no wind"); against those, a word
 * that says "without" in its suffix ("windless") carries the same negation.
 */
const negations = (tokens: Token[], next?: Token, plainComparatives: ReadonlySet<string> = new Set(), spelledOut: ReadonlySet<string> = new Set()) =>
  tokens.filter((t, i) => {
    if (!t.isWord) return false;
    if (t.norm === "no" && !(tokens[i + 1] ?? next)?.isWord) return false;
    const bound = boundAt(tokens, i);
    if (bound && !plainComparatives.has(bound)) return false;
    return NEGATION_WORDS.has(t.norm) || t.norm.endsWith("n't") || spelledOut.has(privativeStem(t.norm) ?? "") || isYetTo(tokens, i, next) || declinesTo(tokens, i, next) || negatesAlternative(tokens, i, next);
  }).length;

/** "rather than", "instead of": what follows is denied ("workers rather than contractors" is "workers and not contractors"). */
function negatesAlternative(tokens: Token[], at: number, next?: Token): boolean {
  const word = tokens[at]!.norm;
  const following = (tokens[at + 1] ?? next)?.norm;
  return (word === "rather" && following === "than") || (word === "instead" && following === "of");
}

/** "declined to comment": a refusal, as "refused to comment" is. ("Prices declined" is no negation.) */
function declinesTo(tokens: Token[], at: number, next?: Token): boolean {
  const word = tokens[at]!.norm;
  return word.startsWith("declin") && /^declin(e|es|ed|ing)$/.test(word) && (tokens[at + 1] ?? next)?.norm === "to";
}

/**
 * A word its prefix negates: an adjective WordNet knows whose rest is an adjective or verb
 * it knows too ("unnamed": "named", "unable": "able"; not "union", "unique").
 */
function isPrefixNegated(word: string): boolean {
  const stem = /^(?:un|non)([a-z]{3,})$/.exec(word)?.[1];
  return !!stem && lemmasOf(word, "adj").length > 0 && (lemmasOf(stem, "adj").length > 0 || lemmasOf(stem, "verb").length > 0);
}

/** How many words negated by their prefix one wording has and the other lacks. */
function extraPrefixNegations(tokens: Token[], other: Token[]): number {
  const others = new Set(other.map((t) => t.norm));
  return tokens.filter((t) => t.isWord && !others.has(t.norm) && isPrefixNegated(t.norm)).length;
}

/** Verbs before "yet to" that make it "not … yet": "had yet to decide", "is yet to be seen". */
const YET_TO_AUXILIARIES = new Set(["has", "have", "had", "is", "are", "was", "were", "remains", "remain", "remained"]);

/** "yet" in "had yet to decide": a negation said without "not" ("had not decided"). */
function isYetTo(tokens: Token[], at: number, next?: Token): boolean {
  const previous = tokens[at - 1];
  return tokens[at]!.norm === "yet" && (tokens[at + 1] ?? next)?.norm === "to" && !!previous && YET_TO_AUXILIARIES.has(previous.norm);
}

/** The noun of a word that says "without" in its suffix: "windless" → "wind". */
function privativeStem(word: string): string | null {
  return /^[a-z]{3,}less$/.test(word) ? lemmatize(word.slice(0, -4), "noun") : null;
}

/** The nouns a wording negates right after "no" or "without" ("with no wind" → "wind"). */
function negatedNouns(tokens: Token[]): Set<string> {
  const found = new Set<string>();
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if ((t.norm === "no" || t.norm === "without") && next?.isWord) found.add(lemmatize(next.norm, "noun"));
  });
  return found;
}

/** Comparatives of quantity and time that a negation turns into a bound. */
const BOUND_COMPARATIVES = new Set(["more", "less", "fewer", "later", "earlier", "sooner"]);

/**
 * The comparative of "no fewer than 50", "not later than Friday" starting at `at`: a bound
 * ("at least 50", "by Friday"), not a negation. An honest rewrite writes one for the
 * other; neither is the opposite. Null when no bound starts there.
 */
function boundAt(tokens: Token[], at: number): string | null {
  const [negation, comparative, than] = tokens.slice(at, at + 3).map((t) => t.norm);
  return (negation === "no" || negation === "not") && BOUND_COMPARATIVES.has(comparative ?? "") && than === "than" ? comparative! : null;
}

/** "for 28 days": a span of time, counted. */
function durationAt(tokens: Token[], at: number, prepositions: ReadonlySet<string>): string | null {
  const [preposition, count, unit] = tokens.slice(at, at + 3);
  if (!preposition || !count || !unit || !prepositions.has(preposition.norm)) return null;
  const value = numberValue(count, false);
  return value !== null && isUnitNoun(unit.norm) ? `${value} ${lemmatize(unit.norm, "noun")}` : null;
}

const FOR = new Set(["for"]);
const AFTER = new Set(["in", "after", "within"]);

/**
 * Whether `negated` says a wait negatively ("does not take effect for 28 days") that
 * `plain` states positively ("takes effect in 28 days"): the same fact, the negation
 * folded into the preposition. Both name the same span of time.
 */
function restatesWait(negated: Token[], plain: Token[]): boolean {
  if (negations(negated) === 0) return false;
  const waits = new Set(negated.map((_, i) => durationAt(negated, i, FOR)).filter((d): d is string => d !== null));
  return waits.size > 0 && plain.some((_, i) => waits.has(durationAt(plain, i, AFTER) ?? ""));
}

/** The bound comparatives a wording states plainly ("more than 50", not "no more than 50"). */
function plainComparativesOf(tokens: Token[]): Set<string> {
  const found = new Set<string>();
  tokens.forEach((t, i) => {
    const before = tokens[i - 1]?.norm;
    if (BOUND_COMPARATIVES.has(t.norm) && tokens[i + 1]?.norm === "than" && before !== "no" && before !== "not") found.add(t.norm);
  });
  return found;
}

/**
 * A statement's polarity flips when a local change adds or removes a negation ("did not
 * approve" -> "approved", "never" -> "always"). Only short hunks count, so a negation that
 * merely moved within a rewritten sentence is not taken for a flip.
 */
export function findNegationChanges(context: PairContext): Finding[] {
  // An edit that moves a negation ("does not take effect until" -> "takes effect only
  // when… not") keeps the count for the statement as a whole: only a changed total is a flip.
  const originalTokens = tokenize(context.original.text, context.originalSpan.start, context.originalSpan.end);
  const suspectTokens = tokenize(context.suspect.text, context.suspectSpan.start, context.suspectSpan.end);
  const plainInOriginal = plainComparativesOf(originalTokens);
  const plainInSuspect = plainComparativesOf(suspectTokens);
  const negatedInOriginal = negatedNouns(originalTokens);
  const negatedInSuspect = negatedNouns(suspectTokens);
  const originalTotal = negations(originalTokens, undefined, plainInSuspect, negatedInSuspect);
  const suspectTotal = negations(suspectTokens, undefined, plainInOriginal, negatedInOriginal);
  // Two negations more or fewer turn a statement round twice: "it was the fastest of the
  // day" → "nobody, not even the men, ran faster" says the same.
  if ((originalTotal - suspectTotal) % 2 === 0) return [];
  // The wording with fewer negations may say them with a prefix: "whose name has not been
  // released" → "unnamed".
  const fewer = originalTotal > suspectTotal ? [suspectTokens, originalTokens] : [originalTokens, suspectTokens];
  if (extraPrefixNegations(fewer[0]!, fewer[1]!) >= Math.abs(originalTotal - suspectTotal)) return [];
  const restatedWait = restatesWait(originalTokens, suspectTokens) || restatesWait(suspectTokens, originalTokens);
  const findings: Finding[] = [];
  for (const hunk of context.hunks) {
    const removed = hunk.removed.filter((t) => t.isWord);
    const added = hunk.added.filter((t) => t.isWord);
    if (removed.length > MAX_HUNK_WORDS || added.length > MAX_HUNK_WORDS) continue;
    const next = hunk.after[0];
    const removedNegations = negations(hunk.removed, next, plainInSuspect, negatedInSuspect);
    const addedNegations = negations(hunk.added, next, plainInOriginal, negatedInOriginal);
    if (removedNegations === addedNegations || restatedWait) continue;
    // A negation and an opposite together cancel out: "did not rise" -> "fell".
    // ("never" -> "always" is itself the flip, not a cancelling pair.)
    const plain = (t: Token) => !NEGATION_WORDS.has(t.norm) && !t.norm.endsWith("n't");
    if (removed.filter(plain).some((was) => added.filter(plain).some((now) => areOpposites(was.norm, now.norm)))) continue;
    // Words put for others with nothing in common ("remain dark" → "be without electricity",
    // "knocking out power" → "leaving … without power"): the statement was said another way,
    // its negation folded into other words, not turned round.
    if (saysItOtherwise(removed, added)) continue;
    // Where one side is empty, both wordings take in the unchanged word on each side, so
    // the message and the suggestion read as phrases: "had not been" / "had been".
    const context = !hunk.added.length || !hunk.removed.length;
    const around = (tokens: Token[]) => (context ? [...hunk.before.slice(-1), ...tokens, ...hunk.after.slice(0, 1)] : tokens);
    const suspect = spanOf(around(hunk.added));
    const original = spanOf(hunk.removed);
    if (!suspect) continue;
    const originalWords = joinWords(around(hunk.removed));
    const suspectWords = joinWords(around(hunk.added));
    findings.push({
      kind: "negation-change",
      severity: "high",
      suspect,
      original,
      message:
        addedNegations > removedNegations
          ? `A negation was added: the original says ${quoted(originalWords)}, the suspect ${quoted(suspectWords)}, the opposite.`
          : `The original's negation is gone: it says ${quoted(originalWords)}, the suspect ${quoted(suspectWords)}, the opposite.`,
      ...(originalWords ? { suggestion: originalWords } : {}),
    });
  }
  return findings;
}

/**
 * Both sides have content words besides negations, and no word of one is kin to any of the
 * other (a close WordNet relative, a thesaurus's word or a vector neighbour): "arrested" →
 * "not detained" is a word swapped and turned round, "remain dark" → "be without
 * electricity" the same fact said another way.
 */
function saysItOtherwise(removed: Token[], added: Token[]): boolean {
  const content = (tokens: Token[]) => tokens.filter((t) => isContentWord(t) && !NEGATION_WORDS.has(t.norm) && !/\d/.test(t.text));
  const was = content(removed);
  const now = content(added);
  if (was.length === 0 || now.length === 0) return false;
  return !was.some((a) => now.some((b) => isCloseRelative(a, b) || isThesaurusNeighbour(a, b)));
}

/** Words and punctuation as a reader writes them: "not," with no space before the comma. */
function joinWords(tokens: Token[]): string {
  return tokens.map((t, i) => (i > 0 && t.isWord ? " " : "") + t.text).join("").trim();
}
