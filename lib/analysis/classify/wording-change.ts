import { isWordNetPhrase, wordRelation, type WordRelation } from "@/lib/lexicon/wordnet";
import { findMovedHunks, spanOf, type Hunk } from "../hunks";
import type { Token } from "../tokens";
import type { Finding } from "../types";
import { quoted, type PairContext } from "./context";
import { buildsNounPhrases, canBeNoun, isClassifyingAdjective, isContentWord, isMainlyNoun } from "./word-class";

/** Words after which the next word is a verb ("to hurt retailers"), never a noun modifier. */
const VERB_MARKERS = new Set(["to", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "not", "n't", "did", "does", "do"]);

/** Hunks with more content words than this on a side are rewritten clauses, not swaps. */
const MAX_SWAP_WORDS = 4;

/**
 * Tells a garbled fixed expression from an honest synonym.
 *
 * Spinners replace words one by one from a thesaurus, and it shows where words belong
 * together: a noun-noun compound whose modifier changed ("spy agency" -> "detective
 * agency"), the head of a classifying-adjective phrase ("military cooperation" ->
 * "military cohesion"), or a run of words each swapped for a near-synonym ("research
 * professor" -> "studies teacher", "one-line dispatch" -> "one-spaced release"). Those
 * are "garbled-phrase" (medium). A single verb, adverb or qualitative word swapped for a
 * WordNet synonym ("said" -> "stated", "rise" -> "climb") is an honest "synonym-swap"
 * (low). Anything else (a rewritten clause) is left to the reader.
 */
export function findWordingChanges(context: PairContext): Finding[] {
  const findings: Finding[] = [];
  for (const hunk of [...context.hunks, ...findMovedHunks(context.hunks)]) {
    const finding = judgeHunk(hunk);
    if (finding && !findings.some((f) => f.suspect && finding.suspect && f.suspect.start < finding.suspect.end && finding.suspect.start < f.suspect.end)) {
      findings.push(finding);
    }
  }
  for (const finding of findMovedPhrasePairs(context.hunks)) {
    if (!findings.some((f) => f.suspect && finding.suspect && f.suspect.start < finding.suspect.end && finding.suspect.start < f.suspect.end)) {
      findings.push(finding);
    }
  }
  return promoteDenseSwaps(findings, context);
}

/**
 * A sentence where many words were each swapped for a thesaurus neighbour was run through
 * a spinner, even when each swap alone would pass as an honest synonym. In such a group,
 * the swaps inside noun phrases are garbled, not honest: editors change a word or two in
 * a sentence, spinners change every third one. (Honest copy-edits in the eval corpus make
 * at most two swaps in a sentence; spun copies make three to eight.)
 */
const DENSE_SWAPS = 3;

function promoteDenseSwaps(findings: Finding[], context: PairContext): Finding[] {
  const swaps = findings.filter((f) => f.kind === "synonym-swap");
  const garbled = findings.filter((f) => f.kind === "garbled-phrase").length;
  if (swaps.length + garbled < DENSE_SWAPS || swaps.length === 0) return findings;
  return findings.map((finding) => {
    if (finding.kind !== "synonym-swap" || !finding.suspect) return finding;
    const word = context.suspect.text.slice(finding.suspect.start, finding.suspect.end).toLowerCase();
    if (!buildsNounPhrases(word)) return finding;
    return {
      ...finding,
      kind: "garbled-phrase",
      severity: "medium",
      message: `${quoted(word)} replaces ${quoted(finding.suggestion ?? "")} in a sentence where ${swaps.length + garbled} words were swapped for thesaurus neighbours, as article spinners do.`,
    };
  });
}

function judgeHunk(hunk: Hunk): Finding | null {
  const removed = hunk.removed.filter(isContentWord);
  const added = hunk.added.filter(isContentWord);
  if (removed.length === 0 || added.length === 0) return null;

  // The whole hunk, when it is a compact swap; else the words that meet the unchanged text
  // on either side, which is where a fixed expression keeps one word and loses the other.
  if (removed.length <= MAX_SWAP_WORDS && added.length <= MAX_SWAP_WORDS && isRun(removed) && isRun(added)) {
    const whole = judgeSwap(removed, added, hunk.before[hunk.before.length - 1], hunk.after[0]);
    if (whole) return whole;
  }
  const addedTrail = trailingRun(hunk.added);
  const trailStart = addedTrail[0] ? hunk.added.indexOf(addedTrail[0]) : -1;
  const beforeTrail = trailStart > 0 ? hunk.added[trailStart - 1] : hunk.before[hunk.before.length - 1];
  const trailing = judgeSwap(trailingRun(hunk.removed), addedTrail, beforeTrail, hunk.after[0]);
  if (trailing?.kind === "garbled-phrase") return trailing;
  const leading = judgeSwap(leadingRun(hunk.removed), leadingRun(hunk.added), hunk.before[hunk.before.length - 1], undefined);
  if (leading?.kind === "garbled-phrase") return leading;
  return null;
}

/**
 * Judges `removed` -> `added` (runs of adjacent content words), given the unchanged word
 * just before (`previous`) and just after (`next`) them, if any.
 */
function judgeSwap(removed: Token[], added: Token[], previous: Token | undefined, next: Token | undefined): Finding | null {
  if (removed.length === 0 || added.length === 0 || removed.length > MAX_SWAP_WORDS || added.length > MAX_SWAP_WORDS) return null;
  const relations = pairUp(removed, added);
  if (relations.every((r) => r === "same")) return null;
  const span = spanOf(added)!;
  const original = spanOf(removed);
  const text = (tokens: Token[]) => tokens.map((t) => t.text).join(" ");

  if (removed.length === 1 && added.length === 1) {
    const was = removed[0]!;
    const now = added[0]!;
    const relation = relations[0] ?? null;
    const related = relation === "synonym" || relation === "near" || relation === "related";
    // A possessive ("country's housing") is not a compound, and the head must be a noun,
    // not a verb that happens to have a noun sense ("team found": "a find").
    const compoundModifier =
      related && next && isContentWord(next) && adjacent(now, next) && canBeNoun(was.norm) && !/['’]s$/.test(was.norm) &&
      !(previous && VERB_MARKERS.has(previous.norm)) &&
      isMainlyNoun(next.norm) && !/ly$/.test(was.norm);
    const classifiedHead =
      previous && isContentWord(previous) && adjacent(previous, now) && isClassifyingAdjective(previous.norm) && relation !== "synonym";
    if (compoundModifier && next) return garbled({ start: now.start, end: next.end }, original, `${was.text} ${next.text}`, `${now.text} ${next.text}`);
    if (classifiedHead && previous) return garbled({ start: previous.start, end: now.end }, original, `${previous.text} ${was.text}`, `${previous.text} ${now.text}`);
    if (/-/.test(was.norm) && /-/.test(now.norm)) return garbled(span, original, was.text, now.text);
    if (relation === "synonym" || relation === "near") {
      return {
        kind: "synonym-swap",
        severity: "low",
        suspect: span,
        original,
        message: `${quoted(now.text)} replaces ${quoted(was.text)}, a synonym with the same meaning here.`,
        suggestion: was.text,
      };
    }
    return null;
  }

  // Word by word: as many words on each side, each replaced by a relative of itself.
  const wordByWord =
    removed.length === added.length && removed.every((was, i) => isRelative(was, added[i]!));
  if (wordByWord || (isWordNetPhrase(removed.map((t) => t.norm)) && relations.some((r) => r !== null && r !== "same"))) {
    return garbled(span, original, text(removed), text(added));
  }
  return null;
}

/** Content words of removed/added runs looked at for moved phrases; caps the pairwise search. */
const MAX_MOVED_CANDIDATES = 24;

/**
 * Two-word phrases replaced word by word and moved within the sentence, which no diff
 * lines up ("in a one-line dispatch that…" -> "…, in a one-spaced release, the…"): any
 * removed pair of adjacent content words whose words are each a relative of the words of
 * an added adjacent pair.
 */
function findMovedPhrasePairs(hunks: Hunk[]): Finding[] {
  const removed = hunks.flatMap((h) => h.removed).filter(isContentWord).slice(0, MAX_MOVED_CANDIDATES);
  const added = hunks.flatMap((h) => h.added).filter(isContentWord).slice(0, MAX_MOVED_CANDIDATES);
  const findings: Finding[] = [];
  for (let i = 0; i + 1 < removed.length; i++) {
    const [r1, r2] = [removed[i]!, removed[i + 1]!];
    if (!adjacent(r1, r2)) continue;
    for (let j = 0; j + 1 < added.length; j++) {
      const [a1, a2] = [added[j]!, added[j + 1]!];
      if (!adjacent(a1, a2) || r1.norm === a1.norm || r2.norm === a2.norm) continue;
      if (isRelative(r1, a1) && isRelative(r2, a2)) {
        findings.push(garbled({ start: a1.start, end: a2.end }, { start: r1.start, end: r2.end }, `${r1.text} ${r2.text}`, `${a1.text} ${a2.text}`));
      }
    }
  }
  return findings;
}

/** True when the tokens stand next to each other in the text (no word between them). */
function isRun(tokens: Token[]): boolean {
  return tokens.every((t, i) => i === 0 || adjacent(tokens[i - 1]!, t));
}

/** The content words at the end of a hunk side, up to the first word that is not one. */
function trailingRun(tokens: Token[]): Token[] {
  const run: Token[] = [];
  for (let i = tokens.length - 1; i >= 0 && isContentWord(tokens[i]!); i--) run.unshift(tokens[i]!);
  return run;
}

/** The content words at the start of a hunk side. */
function leadingRun(tokens: Token[]): Token[] {
  const run: Token[] = [];
  for (const token of tokens) {
    if (!isContentWord(token)) break;
    run.push(token);
  }
  return run;
}

function garbled(span: { start: number; end: number }, original: { start: number; end: number } | null, was: string, now: string): Finding {
  return {
    kind: "garbled-phrase",
    severity: "medium",
    suspect: span,
    original,
    message: `${quoted(now)} looks like ${quoted(was)} reworded word by word, as article spinners do; the phrase no longer reads as the fixed expression it replaced.`,
    suggestion: was,
  };
}

/** Relations between removed and added words, pairing each removed word with its best match. */
function pairUp(removed: Token[], added: Token[]): (WordRelation | null)[] {
  const rank = (r: WordRelation | null) => (r === "same" ? 4 : r === "synonym" ? 3 : r === "near" ? 2 : r === "related" ? 1 : 0);
  return removed.map((was, i) => {
    const positional = added[i];
    let best: WordRelation | null = positional ? relationOf(was, positional) : null;
    for (const now of added) {
      const relation = relationOf(was, now);
      if (rank(relation) > rank(best)) best = relation;
    }
    return best;
  });
}

/** A near-synonym, or a hyphenated word that kept one part ("one-line" -> "one-spaced"). */
function isRelative(was: Token, now: Token): boolean {
  const relation = relationOf(was, now);
  if (relation === "synonym" || relation === "near" || relation === "related") return true;
  const wasParts = was.norm.split("-");
  return wasParts.length > 1 && now.norm.split("-").some((part) => wasParts.includes(part)) && was.norm !== now.norm;
}

/** WordNet relations asked for again and again across a long article's hunks. */
const relationCache = new Map<string, WordRelation | null>();
const RELATION_CACHE_LIMIT = 50_000;

function relationOf(a: Token, b: Token): WordRelation | null {
  if (a.norm === b.norm) return "same";
  const key = `${a.norm}|${b.norm}`;
  let relation = relationCache.get(key);
  if (relation === undefined) {
    if (relationCache.size > RELATION_CACHE_LIMIT) relationCache.clear();
    relation = wordRelation(a.norm, b.norm);
    relationCache.set(key, relation);
  }
  return relation;
}

function adjacent(left: Token, right: Token): boolean {
  return right.start - left.end <= 1;
}
