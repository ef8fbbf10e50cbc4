import { areOpposites } from "@/lib/lexicon/antonyms";
import { NEGATION_WORDS } from "@/lib/lexicon/function-words";
import { spanOf } from "../../3-diff/hunks";
import { tokenize, type Token } from "../../1-segment/tokens";
import type { Finding } from "../../types";
import { quoted, type PairContext } from "./context";

/** Hunks longer than this are restructured sentences, where a negation may just have moved. */
const MAX_HUNK_WORDS = 6;

/**
 * Negations in a token run; "no" standing alone ("voted no,") is an answer, not a
 * negation. `next` is the token after the run, if any: "no" closing a hunk may still
 * govern the unchanged word after it ("no → a few | Pine Ridge store would close").
 */
export const countNegations = (tokens: Token[], next?: Token): number => negations(tokens, next);

const negations = (tokens: Token[], next?: Token) =>
  tokens.filter((t, i) => {
    if (!t.isWord) return false;
    if (t.norm === "no" && !(tokens[i + 1] ?? next)?.isWord) return false;
    return NEGATION_WORDS.has(t.norm) || t.norm.endsWith("n't");
  }).length;

/**
 * A statement's polarity flips when a local change adds or removes a negation ("did not
 * approve" -> "approved", "never" -> "always"). Only short hunks count, so a negation that
 * merely moved within a rewritten sentence is not taken for a flip.
 */
export function findNegationChanges(context: PairContext): Finding[] {
  // An edit that moves a negation ("does not take effect until" -> "takes effect only
  // when… not") keeps the count for the statement as a whole: only a changed total is a flip.
  const total = (text: string, span: { start: number; end: number }) => negations(tokenize(text, span.start, span.end));
  if (total(context.original.text, context.originalSpan) === total(context.suspect.text, context.suspectSpan)) return [];
  const findings: Finding[] = [];
  for (const hunk of context.hunks) {
    const removed = hunk.removed.filter((t) => t.isWord);
    const added = hunk.added.filter((t) => t.isWord);
    if (removed.length > MAX_HUNK_WORDS || added.length > MAX_HUNK_WORDS) continue;
    const next = hunk.after[0];
    if (negations(hunk.removed, next) === negations(hunk.added, next)) continue;
    // A negation and an opposite together cancel out: "did not rise" -> "fell".
    // ("never" -> "always" is itself the flip, not a cancelling pair.)
    const plain = (t: Token) => !NEGATION_WORDS.has(t.norm) && !t.norm.endsWith("n't");
    if (removed.filter(plain).some((was) => added.filter(plain).some((now) => areOpposites(was.norm, now.norm)))) continue;
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
        negations(hunk.added, next) > negations(hunk.removed, next)
          ? `A negation was added: the original says ${quoted(originalWords)}, the suspect ${quoted(suspectWords)}, the opposite.`
          : `The original's negation is gone: it says ${quoted(originalWords)}, the suspect ${quoted(suspectWords)}, the opposite.`,
      ...(originalWords ? { suggestion: originalWords } : {}),
    });
  }
  return findings;
}

/** Words and punctuation as a reader writes them: "not," with no space before the comma. */
function joinWords(tokens: Token[]): string {
  return tokens.map((t, i) => (i > 0 && t.isWord ? " " : "") + t.text).join("").trim();
}
