import { isKindOf, isPersonNoun, wordRelation } from "@/lib/lexicon/wordnet";
import { FUNCTION_WORDS } from "@/lib/lexicon/function-words";
import { spanOf } from "../../3-diff/hunks";
import { tokenize, type Token } from "../../1-segment/tokens";
import type { Finding, Span } from "../../types";
import { quoted, type PairContext } from "./context";

/** Senses of a noun that must include a person for it to be a role ("director", "husband"; not "board"). */
const PERSON_SENSES = 2;

const isName = (token: Token | undefined) => !!token && token.isWord && /^\p{Lu}\p{Ll}/u.test(token.text);
const isRoleWord = (token: Token) => token.isWord && /^[a-z]+$/.test(token.text) && !FUNCTION_WORDS.has(token.norm);

/** Tokens of the suspect's sentence looked at before a title, for a name in apposition ("Sarah Lee, the company's"). */
const LOOK_BACK_TOKENS = 5;

/**
 * Whether the suspect's words at `span` stand beside a person's name: before it ("chief
 * executive Sarah Lee", "her husband, John") or after it ("Sarah Lee, the chief executive").
 */
function besideName(context: PairContext, span: Span, after: Token[]): boolean {
  const [next, afterNext] = after;
  if (isName(next) || (next?.text === "," && isName(afterNext))) return true;
  const before = tokenize(context.suspect.text, context.suspectSpan.start, span.start).slice(-LOOK_BACK_TOKENS);
  const previous = before[before.length - 1];
  return !isName(previous) && before.some((t, i) => isName(t) && before[i + 1]?.text === ",");
}

/**
 * Rule: the role of a named person changed ("Her husband, John" → "Her brother, John",
 * "Sarah Lee, the company's founder" → "lawyer"): a noun naming a kind of person,
 * beside a name, replaced one for one by one that names another kind, not a synonym of it
 * ("spokesman" → "spokesperson" is the same role) nor a broader or narrower word for it
 * ("ecologist" → "scientist" says less, not something else). A change of fact about who
 * someone is (entity-change, high).
 */
export function findPersonRoleChanges(context: PairContext): Finding[] {
  const findings: Finding[] = [];
  for (const hunk of context.hunks) {
    const removed = hunk.removed.filter((t) => t.isWord);
    const added = hunk.added.filter((t) => t.isWord);
    // One word for one: when every word of a title changed ("art critic" → "craftsmanship
    // pundit") a spinner garbled the phrase, which the garbled-phrase rules explain better.
    if (removed.length !== 1 || added.length !== 1) continue;
    const [was, now] = [removed[0]!, added[0]!];
    if (!isRoleWord(was) || !isRoleWord(now)) continue;
    if (!isPersonNoun(was.norm, PERSON_SENSES) || !isPersonNoun(now.norm, PERSON_SENSES) || !besideName(context, spanOf(added)!, hunk.after)) continue;
    const relation = wordRelation(was.norm, now.norm);
    if (relation === "synonym" || relation === "near" || relation === "same") continue;
    if (isKindOf(was.norm, now.norm, "noun") || isKindOf(now.norm, was.norm, "noun")) continue;
    const [wasText, nowText] = [was.text, now.text];
    findings.push({
      kind: "entity-change",
      severity: "high",
      suspect: spanOf(added),
      original: spanOf(removed),
      message: `The original calls this person ${quoted(wasText)}; the suspect says ${quoted(nowText)}: another role, so another fact about who they are.`,
      suggestion: wasText,
    });
  }
  return findings;
}
