import { association, isKnownWord, isSeenPair } from "@/lib/lexicon/phrase-stats";
import { areNeighbours } from "@/lib/lexicon/substitutes";
import { STOPWORDS } from "@/lib/lexicon/stopwords";
import { isWordNetPhrase, isWordNetWord, lemmasOf, wordRelation } from "@/lib/lexicon/wordnet";
import { findMovedHunks, spanOf, wordsOf, type Hunk } from "../../3-diff/hunks";
import { numberValue } from "../../numbers";
import type { Token } from "../../1-segment/tokens";
import type { Finding, Span } from "../../types";
import { quoted, textOf, type PairContext } from "./context";
import { garbledFinding, overlapsAny } from "./garbled";
import { excusedAsFluent, partsUsedAlike } from "./fluent";
import { findMovedPhrasePairs } from "./moved-phrases";
import { findGappedPhraseBreak, findPhraseBreak, isEstablishedPair, isNoPhrase, keepsEstablishedWording, PHRASE_BREAK_THRESHOLDS, plainWord, type Borders } from "./phrase-break";
import { adjacent, isThesaurusRelative, pairUp } from "./relations";
import { buildsNounPhrases, canBeNoun, isClassifyingAdjective, isContentWord, isMainlyNoun, isNominalParticiple, isPluralNoun, isSubjectAndVerb, VERB_MARKERS } from "./word-class";

/** Hunks with more content words than this on a side are rewritten clauses, not swaps. */
const MAX_SWAP_WORDS = 4;

/**
 * Judges every word swap of one aligned group: tells a garbled fixed expression from an
 * honest synonym.
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
export function judgeSwaps(context: PairContext): Finding[] {
  let judged = judgedByContext.get(context);
  if (!judged) {
    judged = [];
    const headline = context.headline;
    for (const hunk of [...context.hunks, ...findMovedHunks(context.hunks)]) {
      const finding = headline ? asWritten(judgeHunk(lowerTitleWords(hunk)), context.suspect.text) : judgeHunk(hunk);
      if (finding && !overlapsAny(finding, judged)) judged.push(finding);
    }
    for (const finding of findMovedPhrasePairs(context.hunks)) {
      if (!overlapsAny(finding, judged)) judged.push(finding);
    }
    judged = withoutPhrasesGarbledTwice(judged);
    judgedByContext.set(context, judged);
  }
  return judged;
}

/**
 * A phrase is rewritten into one place: an original phrase read as garbled into two
 * places ("heat wave" → "electricity set" and "new record", where a rebuilt sentence lined
 * up its words with others twice) was matched by chance, and neither reading stands.
 */
function withoutPhrasesGarbledTwice(findings: Finding[]): Finding[] {
  const key = (f: Finding) => (f.kind === "garbled-phrase" && f.original ? `${f.original.start}:${f.original.end}` : null);
  const places = new Map<string, number>();
  for (const finding of findings) {
    const k = key(finding);
    if (k) places.set(k, (places.get(k) ?? 0) + 1);
  }
  return findings.filter((finding) => (places.get(key(finding) ?? "") ?? 0) < 2);
}

/**
 * A headline's hunk with its capitalised words written in lower case where WordNet knows
 * them ("Blanched" → "blanched", not "Ningaloo"): the swaps are judged as in a sentence.
 */
function lowerTitleWords(hunk: Hunk): Hunk {
  const isTitleWord = (t: Token) => t.isWord && t.text !== t.norm && /^[a-z]+(-[a-z]+)*$/.test(t.norm) && t.norm.split("-").every(isWordNetWord);
  const lower = (tokens: Token[]) => tokens.map((t) => (isTitleWord(t) ? { ...t, text: t.norm } : t));
  return { removed: lower(hunk.removed), added: lower(hunk.added), before: lower(hunk.before), after: lower(hunk.after) };
}

/** A finding judged on lower-cased words, quoting the suspect as written ("“Rate Ascent” looks like …"). */
function asWritten(finding: Finding | null, text: string): Finding | null {
  if (!finding?.suspect) return finding;
  return { ...finding, message: finding.message.replace(/^“[^”]*”/, quoted(text.slice(finding.suspect.start, finding.suspect.end))) };
}

/** Three rules read one group's swaps: judged once per group. */
const judgedByContext = new WeakMap<PairContext, Finding[]>();

/** Rule: fixed expressions replaced word by word (garbled-phrase, medium). */
export const findGarbledSwaps = (context: PairContext): Finding[] => judgeSwaps(context).filter((f) => f.kind === "garbled-phrase");

/** Rule: a single word replaced by an honest synonym (synonym-swap, low). */
export const findSynonymSwaps = (context: PairContext): Finding[] => judgeSwaps(context).filter((f) => f.kind === "synonym-swap");

function judgeHunk(written: Hunk): Finding | null {
  if (rephrasesPhrasalVerb(written)) return null;
  const hunk = withoutPhraseSynonyms(withOriginalSpellings(written));
  const opener = swappedOpener(hunk);
  const removed = hunk.removed.filter((t) => isContentWord(t) || t === opener?.was);
  const added = hunk.added.filter((t) => isContentWord(t) || t === opener?.now);
  if (removed.length === 0 || added.length === 0) return null;

  // The whole hunk, when it is a compact swap; else the words that meet the unchanged text
  // on either side, which is where a fixed expression keeps one word and loses the other.
  const previous = hunk.before[hunk.before.length - 1];
  // The unchanged words border two runs only where both start (or end) their hunk sides.
  const bordersOf = (was: Token[], now: Token[]): Borders => ({
    previous: was[0] === hunk.removed[0] && now[0] === hunk.added[0],
    next: was[was.length - 1] === hunk.removed[hunk.removed.length - 1] && now[now.length - 1] === hunk.added[hunk.added.length - 1],
  });
  if (removed.length <= MAX_SWAP_WORDS && added.length <= MAX_SWAP_WORDS && isRun(removed) && isRun(added)) {
    const borders = bordersOf(removed, added);
    // Past added function words, the word before the run is the suspect's ("will lower", not "company lower").
    const runStart = hunk.added.indexOf(added[0]!);
    const beforeRun = runStart > 0 ? hunk.added[runStart - 1] : previous;
    const whole = pairsMovedWord(removed, added, hunk) ? null : judgeSwap(removed, added, beforeRun, hunk.after[0], borders, wordsOf(hunk.removed).length === wordsOf(hunk.added).length);
    if (whole?.kind === "garbled-phrase") return whole;
    const gapped = findGappedPhraseBreak(removed, added, hunk.before, hunk.after, borders, relatesWordForWord(removed, added) ? "established" : "strong");
    if (gapped && !excusedAsFluent(gapped, removed, added)) return garbledFinding(spanOf(gapped.now)!, spanOf(removed), textOf(gapped.was), textOf(gapped.now));
    if (whole) return whole;
  }
  // Runs of unequal length meet the unchanged text with their last (first) words: those
  // are compared one for one ("seek written guarantees" → "look for composed assurances").
  const trailLength = Math.min(trailingRun(hunk.removed).length, trailingRun(hunk.added).length);
  const removedTrail = trailLength === 0 ? [] : trailingRun(hunk.removed).slice(-trailLength);
  const addedTrail = trailLength === 0 ? [] : trailingRun(hunk.added).slice(-trailLength);
  const trailStart = addedTrail[0] ? hunk.added.indexOf(addedTrail[0]) : -1;
  // Past other added words, the word before the suspect's run is not the original's.
  const beforeTrail = trailStart > 0 ? hunk.added[trailStart - 1] : previous;
  const trailBorders = bordersOf(removedTrail, addedTrail);
  // Sides of as many words pair their words in order ("but defensible" → "however faultless");
  // otherwise the runs met only at the hunk's edge ("ahead" → "in front").
  const inOrder = wordsOf(hunk.removed).length === wordsOf(hunk.added).length;
  const trailing = pairsMovedWord(removedTrail, addedTrail, hunk) ? null : judgeSwap(removedTrail, addedTrail, beforeTrail, hunk.after[0], trailBorders, inOrder);
  if (trailing?.kind === "garbled-phrase") return trailing;
  const leadLength = Math.min(leadingRun(hunk.removed).length, leadingRun(hunk.added).length);
  const removedLead = leadingRun(hunk.removed).slice(0, leadLength);
  const addedLead = leadingRun(hunk.added).slice(0, leadLength);
  const leading = pairsMovedWord(removedLead, addedLead, hunk) ? null : judgeSwap(removedLead, addedLead, previous, undefined, { previous: bordersOf(removedLead, addedLead).previous, next: false }, inOrder);
  if (leading?.kind === "garbled-phrase") return leading;
  return null;
}

/**
 * Judges `removed` -> `added` (runs of adjacent content words), given the unchanged word
 * just before (`previous`) and just after (`next`) them, if any.
 */
function judgeSwap(removed: Token[], added: Token[], previous: Token | undefined, next: Token | undefined, borders: Borders, inOrder = true): Finding | null {
  if (removed.length === 0 || added.length === 0 || removed.length > MAX_SWAP_WORDS || added.length > MAX_SWAP_WORDS) return null;
  const relations = pairUp(removed, added);
  // The same words in other forms ("cautious welcome" → "cautiously welcoming") are grammar, not a swap.
  if (relations.every((r) => r === "same") || (removed.length > 1 && removed.length === added.length && removed.every((was, i) => shareStem(was.norm, added[i]!.norm)))) return null;
  const span = spanOf(added)!;
  const original = spanOf(removed);
  const text = (tokens: Token[]) => tokens.map((t) => t.text).join(" ");

  if (removed.length === 1 && added.length === 1) {
    const was = removed[0]!;
    const now = added[0]!;
    const relation = relations[0] ?? null;
    const related = relation === "synonym" || relation === "near" || relation === "related";
    // A possessive ("country's housing") is not a compound, and the head must be a noun,
    // not a verb that happens to have a noun sense ("team found": "a find"), nor a word
    // that is mainly an adjective or a preposition ("reporters outside").
    const compoundModifier =
      related && next && isContentWord(next) && adjacent(now, next) && canBeNoun(was.norm) && !/['’]s$/.test(was.norm) &&
      !(previous && VERB_MARKERS.has(previous.norm)) &&
      isMainlyNoun(next.norm) && canBeNoun(next.norm) && !was.norm.endsWith("ly") && isSeenPair(was.norm, next.norm);
    // The adjective must stand before the word in the original too: "military cooperation to
    // follow" → "military partnership" changed the head, not a "military follow". A head
    // that makes an established phrase of English ("marine ecologist" → "marine scientist")
    // is a writer's choice, however little the model knew the original.
    const classifiedHead =
      borders.previous && previous && isContentWord(previous) && adjacent(previous, now) && isClassifyingAdjective(previous.norm) && relation !== "synonym";
    // The model's word first: a phrase it knows, broken by the swap ("prime minister" -> "prime clergyman").
    // Unrelated words only break a strongly established phrase, or a noun phrase into a pair the model never saw ("public safety" → "public wellbeing").
    const thesaurusLinked = related || isThesaurusRelative(was, now);
    const broken = findPhraseBreak(removed, added, previous, next, thesaurusLinked ? "established" : "strong", borders);
    if (broken && !excusedAsFluent(broken, removed, added)) return garbledFinding(spanOf(broken.now)!, original, text(broken.was), text(broken.now));
    // A sister noun as modifier names another thing ("detective agency" for "spy agency"),
    // however English both are; a synonym that keeps established wording is honest.
    const honest = relation === "synonym" && keepsEstablishedWording(removed, added, previous, next, borders);
    if (compoundModifier && next && !honest) return garbledFinding({ start: now.start, end: next.end }, original, `${was.text} ${next.text}`, `${now.text} ${next.text}`);
    if (classifiedHead && previous && !keepsEstablishedWording(removed, added, previous, next, borders) && !isEstablishedPair(previous.norm, now.norm)) {
      return garbledFinding({ start: previous.start, end: now.end }, original, `${previous.text} ${was.text}`, `${previous.text} ${now.text}`);
    }
    // A compound with a part swapped ("one-line" → "one-spaced") is garbled, unless the new
    // part is used alike in real text ("own-label" → "own-brand").
    // A compound whose parts are a pair the model knows well ("worst-affected" → "hardest-hit") is English.
    if (/-/.test(was.norm) && /-/.test(now.norm) && !partsUsedAlike(was.norm, now.norm) && !isEstablishedCompound(now.norm)) return garbledFinding(span, original, was.text, now.text);
    // Another spelling ("kilometres"/"kilometers") is house style, not a word swapped.
    if (isRespelling(was.norm, now.norm)) return null;
    if (thesaurusLinked && isObscureFor(was.norm, now.norm)) return obscureWordFinding(span, original, was.text, now.text);
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
    // A noun or adjective for one WordNet does not relate ("jumpers" for "divers"): a
    // spinner's thesaurus reaches further than WordNet. Alone it may be an honest choice (low); among
    // many swaps in one sentence, dense-swaps reads it as spun.
    // (Words the vectors put close, "reporters"/"journalists", are used alike: no finding.)
    // Only a word paired in order: "ahead" → "in front" is a rewording, not "front" for "ahead".
    // A count written for a noun ("the two" for "the countries") is a rewording; the other way ("first" → "principal") a thesaurus's.
    // (Only a sentence's opener reaches here capitalised: names are no content words.)
    const ordinary = (t: Token) => /^[a-z]+$/.test(t.norm) && buildsNounPhrases(t.norm);
    if (inOrder && ordinary(was) && ordinary(now) && numberValue(now, false) === null && !areNeighbours(was.norm, now.norm)) {
      const unseen = unseenNounPhrase(was, now, previous, next, borders);
      if (unseen) return garbledFinding(spanOf(unseen.now)!, original, text(unseen.was), text(unseen.now));
      return {
        kind: "synonym-swap",
        severity: "low",
        suspect: span,
        original,
        message: `${quoted(now.text)} replaces ${quoted(was.text)}, a word WordNet does not list as its synonym.`,
        suggestion: was.text,
      };
    }
    return null;
  }

  // A WordNet phrase for its own one-word synonym or the other way ("two weeks" →
  // "fortnight"): an honest choice of words.
  if (removed.length !== added.length && isWordNetPhrase((removed.length > added.length ? removed : added).map((t) => t.norm)) && wordRelation(text(removed).toLowerCase(), text(added).toLowerCase(), { related: false }) === "synonym") {
    return { kind: "synonym-swap", severity: "low", suspect: span, original, message: `${quoted(text(added))} replaces ${quoted(text(removed))}, a synonym with the same meaning here.`, suggestion: text(removed) };
  }
  // Word by word: as many words on each side, each replaced by a relative of itself.
  const wordByWord =
    removed.length === added.length && removed.every((was, i) => isThesaurusRelative(was, added[i]!));
  // A WordNet entry rewritten into a phrase of English ("council chambers" → "years old",
  // where a rebuilt sentence lined the two up) is another phrase, not a garbled one.
  const intoEnglish = added.length === 2 && isEstablishedPair(added[0]!.norm, added[1]!.norm);
  // A cousin ("cut"/"use": both under "act") is too far a relative to say which word replaced which.
  const swapped = wordByWord || (isWordNetPhrase(removed.map((t) => t.norm)) && !intoEnglish && relations.some((r) => r === "synonym" || r === "near"));
  // Only a phrase can be garbled: "panel said" -> "board stated" is two honest swaps, not a broken expression.
  const originalIsPhrase =
    removed.every((token, i) => i === 0 || !(isNoPhrase(removed[i - 1]!.norm, token.norm) || isSubjectAndVerb(removed[i - 1]!.norm, token.norm))) ||
    // A noun phrase the model does not know, every word swapped, into a pair it never saw ("written guarantees" → "composed assurances").
    // The rewritten pair need not stay a noun phrase: a spinner's noun may become a gerund ("largest acquisition" → "biggest obtaining").
    (removed.length === 2 && isUnseenNounPhrase(removed) && isUnseenPair(added));
  // Every word for one used alike in real text, into a pair the model knows ("remain
  // closed" → "stay shut"), reads as English, unless the original was a fixed noun phrase
  // (see excusedAsFluent). A pair it never saw stays suspect ("written guarantees" →
  // "composed assurances").
  const fluent = removed.length === 2 && added.length === 2 && isSeenPair(added[0]!.norm, added[1]!.norm) && excusedAsFluent({ was: removed, now: added, strength: association(removed[0]!.norm, removed[1]!.norm) ?? 0 }, removed, added);
  if (swapped && originalIsPhrase && !fluent && !intoEstablishedNounPhrase(removed, added)) return garbledFinding(span, original, text(removed), text(added));
  // Related words by WordNet or the embeddings, or (for a strongly established phrase
  // replaced word for word by a pair the model never saw) by the pattern alone: thesauri
  // reach words WordNet does not link ("counterfeit consciousness").
  const related = relations.some((r) => r !== null && r !== "same") || removed.some((was, i) => !!added[i] && isThesaurusRelative(was, added[i]!));
  const broken = findPhraseBreak(removed, added, previous, next, related ? "established" : "strong", borders);
  if (broken && !excusedAsFluent(broken, removed, added)) return garbledFinding(spanOf(broken.now)!, original, text(broken.was), text(broken.now));
  return null;
}

/** A hyphenated word of two parts the model knows as an established pair ("hardest-hit", "long-term"). */
function isEstablishedCompound(word: string): boolean {
  const parts = word.split("-");
  return parts.length === 2 && isEstablishedPair(parts[0]!, parts[1]!);
}

/**
 * Whether `now` is a word the language model never met (72,547 words of US English) put
 * for one it knows: the unusual word a thesaurus offers ("blanched" for "bleached",
 * "entryways" for "doors"), which a writer rewording news copy does not reach for.
 * Lower-case alphabetic words only: names and numbers are other rules' business.
 */
function isObscureFor(was: string, now: string): boolean {
  // A British spelling the US model lacks ("manoeuvre": "maneuver") is a dialect, not a rare word.
  return /^[a-z]+$/.test(now) && /^[a-z]+$/.test(was) && isKnownWord(was) && !isKnownWord(now) && !isKnownWord(americanSpelling(now));
}

/** A garbled-phrase finding for a thesaurus's obscure word (isObscureFor). */
function obscureWordFinding(span: Span, original: Span | null, was: string, now: string): Finding {
  return {
    kind: "garbled-phrase",
    severity: "medium",
    suspect: span,
    original,
    message: `${quoted(now)} replaces ${quoted(was)} with a word too rare for the language model to know, the kind of word a thesaurus offers and article spinners pick.`,
    suggestion: was,
  };
}

/**
 * Where a word no thesaurus links to the one it replaced turned a noun phrase of English
 * into a pair the model never saw ("first year" → "principal year"): the junction, when
 * the original pair was seen and at least as associated as a noun phrase must be to count
 * against an unseen rewrite (originalEstablishedAgainstUnseen). A writer's own word for
 * another makes English the model knows ("new budget" → "revised budget"); "local man" →
 * "village man" (0.41) is too loose a pair to say a phrase was broken.
 */
function unseenNounPhrase(was: Token, now: Token, previous: Token | undefined, next: Token | undefined, borders: Borders): { was: Token[]; now: Token[] } | null {
  const broke = (wasPair: [string, string], nowPair: [string, string]) =>
    isSeenPair(...wasPair) && (association(...wasPair) ?? -Infinity) >= PHRASE_BREAK_THRESHOLDS.originalEstablishedAgainstUnseen &&
    !isSeenPair(...nowPair) && association(...nowPair) !== null;
  // The swapped word modifies the next one ("principal year"), or heads the previous one's phrase.
  if (borders.next && plainWord(next) && adjacent(now, next) && buildsNounPhrases(was.norm) && buildsNounPhrases(now.norm) && isMainlyNoun(next.norm) && broke([was.norm, next.norm], [now.norm, next.norm])) {
    return { was: [was, next], now: [now, next] };
  }
  const modifies = plainWord(previous) && adjacent(previous, now) && buildsNounPhrases(previous.norm) && !VERB_MARKERS.has(previous.norm);
  if (borders.previous && modifies && isMainlyNoun(was.norm) && isMainlyNoun(now.norm) && broke([previous.norm, was.norm], [previous.norm, now.norm])) {
    return { was: [previous, was], now: [previous, now] };
  }
  return null;
}

/**
 * Two words rewritten into a noun phrase at least as established as the one they replaced
 * ("small plane" → "light aircraft", "rescue teams" → "emergency crews"): English the
 * model knows better than the original is a writer's wording, at most a synonym swap,
 * whatever thesaurus links the words. A verb's phrase is not excused so ("takes effect" →
 * "produces results" says something else), nor a plural modifier: English modifies with
 * the singular, so "studies teacher" is known only inside a longer name ("social studies
 * teacher").
 */
function intoEstablishedNounPhrase(removed: Token[], added: Token[]): boolean {
  if (removed.length !== 2 || added.length !== 2 || isPluralNoun(added[0]!.norm)) return false;
  const nounPhrase = ([a, b]: Token[]) => buildsNounPhrases(a!.norm) && isMainlyNoun(b!.norm);
  if (!isMainlyNoun(removed[1]!.norm) || !nounPhrase(added) || !isEstablishedPair(added[0]!.norm, added[1]!.norm)) return false;
  return (association(added[0]!.norm, added[1]!.norm) ?? -Infinity) >= (association(removed[0]!.norm, removed[1]!.norm) ?? -Infinity);
}

/** Whether some word of the swap is a thesaurus relative of the word it replaced. */
function relatesWordForWord(removed: Token[], added: Token[]): boolean {
  return removed.some((was, i) => !!added[i] && isThesaurusRelative(was, added[i]!));
}


/** Two words that build a noun phrase ("written guarantees") and that the model never saw side by side. */
function isUnseenNounPhrase([first, second]: Token[]): boolean {
  if (!first || !second) return false;
  const modifier = buildsNounPhrases(first.norm) || isNominalParticiple(first.norm);
  return modifier && adjacent(first, second) && isMainlyNoun(second.norm) && !isSeenPair(first.norm, second.norm);
}

/**
 * The first words of a sentence, capitalised only because they open it, when one is a
 * thesaurus relative of the other ("Disk drives" → "Disc drives", "Screen savers" →
 * "Blind savers"): a swap like any other, not a change of name.
 */
function swappedOpener(hunk: Hunk): { was: Token; now: Token } | null {
  const was = hunk.removed[0];
  const now = hunk.added[0];
  const before = hunk.before[hunk.before.length - 1];
  if (!was || !now || (before && !/^[.!?”"’]$/.test(before.norm))) return null;
  if (!/^[A-Z][a-z]+$/.test(was.text) || !/^[A-Z][a-z]+$/.test(now.text)) return null;
  if (isThesaurusRelative(was, now)) return { was, now };
  // Words WordNet knows in lower case, of the kinds that build noun phrases ("Researchers"
  // → "Analysts"): an unrelated swap like any other. Numbers are the number rule's.
  const ordinary = (t: Token) => isWordNetWord(t.norm) && buildsNounPhrases(t.norm) && numberValue(t, false) === null;
  return ordinary(was) && ordinary(now) ? { was, now } : null;
}

/** One word in British and American spelling ("metres"/"meters", "defence"/"defense"; not "joint"/"join"). */
function isRespelling(was: string, now: string): boolean {
  return was !== now && was[0] === now[0] && Math.abs(was.length - now.length) <= 2 && americanSpelling(was) === americanSpelling(now);
}

/** English spelling rules British and American spelling differ by, each as its American form. */
const AMERICAN: [RegExp, string][] = [
  [/([^aeiou])re(s|d)?$/, "$1er$2"], [/our(s|ed|ing|ite|ites|able)?$/, "or$1"], [/ence(s)?$/, "ense$1"],
  [/is(e|es|ed|ing|ation|ations)$/, "iz$1"], [/ys(e|es|ed|ing)$/, "yz$1"], [/ogue(s)?$/, "og$1"], [/mme(s)?$/, "m$1"],
  [/([aeiou])ll(ed|ing|er|ers)$/, "$1l$2"], [/ae/, "e"], [/oe/, "e"],
];
const americanSpelling = (word: string) => AMERICAN.reduce((w, [pattern, replacement]) => w.replace(pattern, replacement), word);

/** Longest WordNet entry looked for inside a hunk, in words ("prime minister", "head of state"). */
const MAX_ENTRY_WORDS = 3;

/**
 * The hunk without a WordNet entry of several words and the one word that is its synonym
 * on the other side ("The prime minister visited" → "The premier toured", "two weeks" →
 * "fortnight"): an honest choice of words, and what is left ("visited" → "toured") is
 * judged on its own rather than paired up against a word of the entry. Only where the
 * entry and its synonym are what makes the sides differ in length: in "computer program"
 * → "reckoner programme" every word was swapped one for one, and "programme" only
 * happens to be a synonym of the whole entry.
 */
function withoutPhraseSynonyms(hunk: Hunk): Hunk {
  const words = (side: Token[]) => side.filter((t) => t.isWord);
  const surplus = words(hunk.removed).length - words(hunk.added).length;
  if (surplus === 0 || Math.abs(surplus) >= MAX_ENTRY_WORDS) return hunk;
  const [longer, shorter] = surplus > 0 ? [words(hunk.removed), words(hunk.added)] : [words(hunk.added), words(hunk.removed)];
  const length = Math.abs(surplus) + 1;
  for (let i = 0; i + length <= longer.length; i++) {
    const entry = longer.slice(i, i + length);
    if (!isRun(entry) || !isWordNetPhrase(entry.map((t) => t.norm))) continue;
    const phrase = entry.map((t) => t.norm).join(" ");
    const synonym = shorter.find((t) => isContentWord(t) && wordRelation(phrase, t.norm, { related: false }) === "synonym");
    if (!synonym) continue;
    const drop = new Set([...entry, synonym]);
    return { ...hunk, removed: hunk.removed.filter((t) => !drop.has(t)), added: hunk.added.filter((t) => !drop.has(t)) };
  }
  return hunk;
}

/**
 * The hunk with each added word that only spells a removed word another way ("meters" for
 * "metres", in the same place among the words) read as that word: house style is no swap.
 */
function withOriginalSpellings(hunk: Hunk): Hunk {
  const removedWords = hunk.removed.filter((t) => t.isWord);
  const addedWords = hunk.added.filter((t) => t.isWord);
  if (removedWords.length !== addedWords.length) return hunk;
  const respelled = new Map<Token, Token>();
  addedWords.forEach((now, i) => {
    const was = removedWords[i]!;
    if (was.norm !== now.norm && isRespelling(was.norm, now.norm)) respelled.set(now, { ...now, norm: was.norm });
  });
  return respelled.size ? { ...hunk, added: hunk.added.map((t) => respelled.get(t) ?? t) } : hunk;
}

/**
 * Whether the runs pair a word with another where the hunk's other side has the word
 * itself, moved ("The company's shares rose" → "Shares in the company climbed": "company"
 * is no swap for "shares"). Possessives aside, the same word is the same word.
 */
function pairsMovedWord(removed: Token[], added: Token[], hunk: Hunk): boolean {
  const { removedWords, addedWords } = bareWordsOf(hunk);
  return added.some((now, i) => removed[i] && bare(removed[i]!) !== bare(now) && removedWords.has(bare(now))) ||
    removed.some((was, i) => added[i] && bare(added[i]!) !== bare(was) && addedWords.has(bare(was)));
}

/** A word without its possessive: "company's" is "company". */
const bare = (t: Token) => (t.norm.endsWith("s") && /['’]s$/.test(t.norm) ? t.norm.slice(0, -2) : t.norm);

const bareWordsByHunk = new WeakMap<Hunk, { removedWords: Set<string>; addedWords: Set<string> }>();

/** Each side's words without possessives, once per hunk: its runs are asked about several times. */
function bareWordsOf(hunk: Hunk): { removedWords: Set<string>; addedWords: Set<string> } {
  let words = bareWordsByHunk.get(hunk);
  if (!words) {
    words = { removedWords: new Set(hunk.removed.map(bare)), addedWords: new Set(hunk.added.map(bare)) };
    bareWordsByHunk.set(hunk, words);
  }
  return words;
}

/**
 * A phrasal verb said in other words, its particle gone ("the fire broke out" → "the
 * blaze started"): a rewording, not words swapped one for one. Spinners swap the verb and keep the particle ("broke out" → "poor
 * out").
 */
function rephrasesPhrasalVerb(hunk: Hunk): boolean {
  const phrasalWithout = (side: Token[], other: Token[]) =>
    side.some((verb, i) => {
      const particle = side[i + 1];
      return !!particle && verb.isWord && particle.isWord && STOPWORDS.has(particle.norm) && !STOPWORDS.has(verb.norm) && adjacent(verb, particle) &&
        lemmasOf(verb.norm, "verb").some((lemma) => isWordNetPhrase([lemma, particle.norm])) && !other.some((t) => t.norm === particle.norm);
    });
  // The other way round ("sank" → "went down") is what a spinner's thesaurus offers too
  // ("seek" → "look for"): only an original's phrasal verb counts.
  return phrasalWithout(hunk.removed, hunk.added);
}

/** Two words side by side that the model never saw together. */
function isUnseenPair([first, second]: Token[]): boolean {
  return !!first && !!second && adjacent(first, second) && !isSeenPair(first.norm, second.norm);
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


/**
 * Two forms built on one stem: a common beginning of at least five letters and most of the
 * shorter word ("cautious"/"cautiously", "welcome"/"welcoming"). A thesaurus swaps words; it
 * does not change their endings.
 */
function shareStem(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= 5 && common >= 0.7 * Math.min(a.length, b.length);
}
