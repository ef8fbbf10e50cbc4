import { isKindOf, isPersonNoun, wordRelation } from "@/lib/lexicon/wordnet";
import { FUNCTION_WORDS } from "@/lib/lexicon/function-words";
import { isSeenPair } from "@/lib/lexicon/phrase-stats";
import { areNeighbours } from "@/lib/lexicon/substitutes";
import { spanOf } from "../../3-diff/hunks";
import { tokenize, type Token } from "../../1-segment/tokens";
import type { Finding, Span } from "../../types";
import { quoted, textOf, type PairContext } from "./context";
import { isEstablishedPair } from "./phrase-break";
import { isPluralNoun } from "./word-class";

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
    if (!isRoleChange(removed, added, hunk.before[hunk.before.length - 1]) || !besideName(context, spanOf(added)!, hunk.after)) continue;
    const [wasText, nowText] = [textOf(removed), textOf(added)];
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


/**
 * Whether `removed` → `added` names another role: one word for one ("founder" →
 * "lawyer"), or a title of two words for another ("chief executive" → "finance director").
 * Every new title must read as English the model knows, beside the word before it too
 * ("art critic" → "art pundit" is not): a title a spinner garbled ("craftsmanship
 * pundit") is the garbled-phrase rules' to explain.
 */
function isRoleChange(removed: Token[], added: Token[], previous: Token | undefined): boolean {
  if (removed.length !== added.length || removed.length === 0 || removed.length > MAX_TITLE_WORDS || ![...removed, ...added].every(isRoleWord)) return false;
  const [was, now] = [removed[removed.length - 1]!, added[added.length - 1]!];
  if (!isPersonNoun(was.norm, PERSON_SENSES) || !isPersonNoun(now.norm, PERSON_SENSES)) return false;
  if (isSexOrAge(was.norm) || isSexOrAge(now.norm)) return false;
  if (removed.length === 2) {
    // Two established titles, not synonyms as wholes; their heads may be close ("chief
    // executive" → "finance director": two jobs however near "executive" and "director").
    const title = (tokens: Token[]) => tokens.map((t) => t.norm).join(" ");
    const relation = wordRelation(title(removed), title(added), { pos: "noun" });
    const isTitle = ([modifier, head]: Token[]) => !isPluralNoun(modifier!.norm) && isEstablishedPair(modifier!.norm, head!.norm);
    const established = isTitle(added) && isTitle(removed);
    return established && relation !== "synonym" && relation !== "same" && !eitherKindOf(was.norm, now.norm);
  }
  if (!isAnotherKind(was.norm, now.norm)) return false;
  const modifier = previous && previous.isWord && previous.end + 1 === now.start && isRoleWord(previous) ? previous : undefined;
  return !modifier || isSeenPair(modifier.norm, now.norm);
}

/** Longest title compared word for word ("chief executive"). */
const MAX_TITLE_WORDS = 2;

/**
 * Two nouns for people that are neither synonyms, nor one a kind of the other, nor close
 * ("husband"/"brother", "professor"/"teacher"; not "husband"/"spouse",
 * "ecologist"/"scientist"). Close is near in WordNet, or cousins there that the word
 * vectors also put together ("reporter"/"journalist"). Close roles are left alone, other
 * roles as some are ("nurse"/"doctor"): a writer's word for the same job is one too.
 */
function isAnotherKind(was: string, now: string): boolean {
  const relation = wordRelation(was, now, { pos: "noun" });
  if (relation === "synonym" || relation === "near" || relation === "same") return false;
  if (relation === "related" && areNeighbours(was, now)) return false;
  return !eitherKindOf(was, now);
}

/** One noun a kind of the other, either way round: a broader or narrower word for the same person. */
const eitherKindOf = (a: string, b: string) => isKindOf(a, b, "noun") || isKindOf(b, a, "noun");

/**
 * A word that says only a person's sex or age, WordNet's direct kinds of adult, male,
 * female or juvenile ("man", "woman", "girl", "child"): "a local resident" → "a local man"
 * says less about who they are, not something else.
 */
function isSexOrAge(word: string): boolean {
  return SEX_AND_AGE.some((category) => isKindOf(word, category, "noun", 1));
}

const SEX_AND_AGE = ["adult", "male", "female", "juvenile"];
