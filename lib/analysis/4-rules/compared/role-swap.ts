import { FUNCTION_WORDS } from "@/lib/lexicon/function-words";
import { findEntityMentions, type EntityMention } from "../../entities";
import { tokenize } from "../../1-segment/tokens";
import type { Finding, Span } from "../../types";
import { quoted, type PairContext } from "./context";

/** Words between the two names at most: a verb and its helpers ("has agreed to sell to"), not a clause. */
const MAX_WORDS_BETWEEN = 6;

const key = (mention: EntityMention) => mention.words.join(" ");

/** The words between two spans of `text`, as the tokenizer reads them. */
const wordsBetween = (text: string, first: Span, second: Span) => tokenize(text, first.end, second.start).map((t) => t.norm);

/**
 * The mentions of one side, with the capitalised words that open its sentences added where
 * the other side names them mid-sentence: "Arsenal beat Chelsea" → "Chelsea beat Arsenal"
 * shows that "Arsenal" is a name, not the common word a sentence's first capital may be.
 */
function withOpeners(mentions: EntityMention[], text: string, span: Span, other: EntityMention[]): EntityMention[] {
  const named = new Set(mentions.map(key));
  const otherNames = new Set(other.map(key));
  const added: EntityMention[] = [];
  for (const token of tokenize(text, span.start, span.end)) {
    if (!token.isWord || !/^\p{Lu}/u.test(token.text) || named.has(token.norm) || !otherNames.has(token.norm)) continue;
    if (mentions.some((m) => m.start <= token.start && token.end <= m.end)) continue;
    added.push({ start: token.start, end: token.end, text: token.text, words: [token.norm] });
  }
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/**
 * Rule: two names that trade places around the same words ("Smith defeated Jones" →
 * "Jones defeated Smith", "Ohio sued Texas" → "Texas sued Ohio"): who did what to whom is
 * turned round, a change of fact (entity-change, high). The words between must be the
 * same and hold a content word, a verb: names swapped around "and" or a comma ("Smith
 * and Jones") say the same thing in another order.
 */
export function findRoleSwaps(context: PairContext): Finding[] {
  // Names that traded places leave capitalised words removed or added: most groups have none.
  const capitalised = (tokens: readonly { text: string }[]) => tokens.some((t) => /^\p{Lu}/u.test(t.text));
  if (!context.hunks.some((hunk) => capitalised(hunk.removed) || capitalised(hunk.added))) return [];
  const wasNamed = findEntityMentions(context.original.text, context.originalSpan);
  const nowNamed = findEntityMentions(context.suspect.text, context.suspectSpan);
  const was = withOpeners(wasNamed, context.original.text, context.originalSpan, nowNamed);
  const now = withOpeners(nowNamed, context.suspect.text, context.suspectSpan, wasNamed);
  const once = (mentions: EntityMention[], mention: EntityMention) => mentions.filter((m) => key(m) === key(mention)).length === 1;
  const findings: Finding[] = [];
  for (let i = 0; i + 1 < was.length; i++) {
    const [first, second] = [was[i]!, was[i + 1]!];
    if (key(first) === key(second) || !once(was, first) || !once(was, second)) continue;
    const nowFirst = now.find((m) => key(m) === key(first));
    const nowSecond = now.find((m) => key(m) === key(second));
    if (!nowFirst || !nowSecond || !once(now, nowFirst) || !once(now, nowSecond) || nowSecond.start > nowFirst.start) continue;
    const between = wordsBetween(context.original.text, first, second);
    const swappedBetween = wordsBetween(context.suspect.text, nowSecond, nowFirst);
    if (between.length === 0 || between.length > MAX_WORDS_BETWEEN || between.join(" ") !== swappedBetween.join(" ")) continue;
    if (!between.some((word) => /\p{L}/u.test(word) && !FUNCTION_WORDS.has(word))) continue;
    const original = { start: first.start, end: second.end };
    const suspect = { start: nowSecond.start, end: nowFirst.end };
    const originalText = context.original.text.slice(original.start, original.end);
    findings.push({
      kind: "entity-change",
      severity: "high",
      suspect,
      original,
      message: `The original says ${quoted(originalText)}; the suspect says ${quoted(context.suspect.text.slice(suspect.start, suspect.end))}: the two names have traded places, so who did what to whom is turned round.`,
      suggestion: originalText,
    });
  }
  return findings;
}
