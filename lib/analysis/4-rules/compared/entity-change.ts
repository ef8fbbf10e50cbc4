import { wordCount } from "@/lib/lexicon/frequency";
import { editDistance } from "@/lib/lexicon/edit-distance";
import { canonicalWords, countryAdjective, isShortenedName } from "../../aliases";
import { findEntityMentions, mentionIsIn, NAME_CONNECTORS, type EntityMention } from "../../entities";
import { STOPWORDS } from "@/lib/lexicon/stopwords";
import { isPersonNoun, isProperNameFirst, isWordNetWord } from "@/lib/lexicon/wordnet";
import { tokenize } from "../../1-segment/tokens";
import type { Finding } from "../../types";
import { quoted, type PairContext } from "./context";

/**
 * A person, place, organisation or nationality became another. Names in the suspect group
 * that the original group lacks (and that the original story never mentions) are paired
 * with names the original group has and the suspect lost: by a shared word ("North
 * Korean" / "North Vietnamese"), by an acronym ("KCNA" / "Asian Central News Agency"), or,
 * when exactly one of each is left, by taking their place ("Ban Kil Joo" / "Koo Gi Yeon").
 */
export function findEntityChanges(context: PairContext): Finding[] {
  // A name can only have changed where the diff changed a capitalised word.
  const capitalised = (t: { text: string; isWord: boolean }) => t.isWord && /^\p{Lu}/u.test(t.text);
  if (!context.hunks.some((h) => h.added.some(capitalised) || h.removed.some(capitalised))) return [];
  const { original, suspect } = context;
  const originalGroupWords = wordSet(original.text, context.originalSpan);
  const suspectGroupWords = wordSet(suspect.text, context.suspectSpan);
  // A name is new unless the group has all its words or the story names it as a phrase
  // elsewhere ("Pyongyang" from another paragraph); its words scattered through the story
  // do not count ("Federal Exchange Commission" is not in a story about trade and federal law).
  // A name the story has elsewhere still counts when it takes another's slot ("Antwerp in
  // Belgium" -> "Antwerp in Germany", Germany named in another paragraph): such names pair
  // only by their slot, never by the looser tests.
  const added = mentionsIn(suspect.text, context).filter((m) => !isNamedIn(m, originalGroupWords));
  const elsewhere = new Set(added.filter((m) => context.originalHasPhrase(m.words)));
  // A lost name's words may all stand in the suspect, rearranged into another name
  // ("University of Washington" → "Washington State University"): it is kept only as a
  // phrase or as a name the suspect has in some form.
  const suspectMentions = mentionsIn(suspect.text, context);
  const suspectNames = capitalisedRuns(suspect.text, context.suspectSpan);
  const keptWhole = (m: EntityMention) => suspectNames.includes(` ${canonicalWords(m.words).join(" ")} `) || suspectMentions.some((now) => isAlias(now, m));
  const originalMentions = findEntityMentions(original.text, context.originalSpan);
  const timesIn = (list: EntityMention[], m: EntityMention) => list.filter((x) => isAlias(x, m)).length;
  const lost = originalMentions.filter((m) => !isNamedIn(m, suspectGroupWords) || !keptWhole(m));

  // "US" and "United States" name one thing: an alias is not a change.
  const free = new Set(lost.filter((was) => !added.some((now) => isAlias(now, was))));
  const changed = added.filter((now) => !lost.some((was) => isAlias(now, was)));
  const pairs: [EntityMention, EntityMention][] = [];
  for (const mention of changed) {
    let best: { mention: EntityMention; score: number } | null = null;
    for (const candidate of free) {
      const slot = sameSlot(suspect.text, mention, original.text, candidate) ? 1 : 0;
      const score = elsewhere.has(mention) ? slot : pairScore(mention, candidate) || slot;
      if (score > 0 && (!best || score > best.score)) best = { mention: candidate, score };
    }
    if (best) {
      pairs.push([mention, best.mention]);
      free.delete(best.mention);
    }
  }
  // One name left on each side in the same statement: one took the other's place, when
  // both look like personal names (two to four capitalised words, no connector).
  const unpairedAdded = changed.filter((m) => !pairs.some(([a]) => a === m) && !elsewhere.has(m));
  const lastLost = [...free][0];
  if (unpairedAdded.length === 1 && free.size === 1 && lastLost && looksLikePersonName(unpairedAdded[0]!) && looksLikePersonName(lastLost)) {
    pairs.push([unpairedAdded[0]!, lastLost]);
  }

  // A name the suspect says fewer times than the original lost a mention, though another
  // form of it still stands: a new name in that mention's slot took it ("Indonesia's
  // minister … Indonesian soil" → "Croatia's minister … Indonesian soil"), the slot tied by
  // a content word. A name that keeps a word of it is the same one said another way ("CEO
  // Karen Lindqvist").
  for (const now of changed.filter((m) => !pairs.some(([a]) => a === m) && !elsewhere.has(m))) {
    const was = originalMentions.find((m) => !lost.includes(m) && !sharesWord(m, now) && timesIn(suspectMentions, m) < timesIn(originalMentions, m) && sameSlot(suspect.text, now, original.text, m, true));
    if (was) pairs.push([now, was]);
  }

  // A lost name whose slot now holds a name the group had already, once more than the
  // original says it ("to Antwerp in Belgium … to Germany" -> "to Antwerp in Germany … to Germany").
  if (free.size) {
    for (const was of Array.from(free)) {
      const now = suspectMentions.find((m) => !pairs.some(([a]) => a === m) && !isAlias(m, was) && !sharesWord(m, was) && sameSlot(suspect.text, m, original.text, was) && timesIn(suspectMentions, m) > timesIn(originalMentions, m));
      if (now) {
        pairs.push([now, was]);
        free.delete(was);
      }
    }
  }
  return pairs.filter(([now, was]) => !isSpellingFix(now.text, was.text)).map(([now, was]) => {
    const span = withChangedHead(suspect.text, now, context);
    return {
      kind: "entity-change" as const,
      severity: "high" as const,
      suspect: span,
      original: { start: was.start, end: was.end },
      message: `The original names ${quoted(was.text)} here; the suspect says ${quoted(suspect.text.slice(span.start, span.end))}.`,
      suggestion: suggestionFor(now, was),
    };
  });
}

function mentionsIn(text: string, context: PairContext): EntityMention[] {
  return findEntityMentions(text, context.suspectSpan);
}

/** The group's words, their parts ("U.S." -> "u", "s") and the country keys they spell (aliases.ts). */
function wordSet(text: string, span: { start: number; end: number }): Set<string> {
  const words = new Set<string>();
  const sequence: string[] = [];
  for (const token of tokenize(text, span.start, span.end)) {
    if (!token.isWord) continue;
    const bare = token.norm.replace(/['’]s?$/, "");
    words.add(bare);
    for (const part of bare.split(/[-.]/)) if (part) {
      words.add(part);
      sequence.push(part);
    }
  }
  for (const word of canonicalWords(sequence)) words.add(word);
  return words;
}

/** Every word of the name is in the group, as written or as the same country under another of its names. */
function isNamedIn(mention: EntityMention, words: ReadonlySet<string>): boolean {
  if (mentionIsIn(mention, words) || canonicalWords(mention.words).every((word) => words.has(word))) return true;
  // The same names in other forms ("the Senate, controlled by Democrats" → "the
  // Democratic-controlled Senate"): a word counts when the group has one of its family.
  const missing = mention.words.filter((word) => !words.has(word));
  if (missing.some((word) => word.length < 4)) return false;
  const group = [...words];
  return missing.every((word) => group.some((other) => sameFamily(word, other)));
}

/** Whether two names share a word, in any of its forms ("Democratic-controlled Senate" and "Democrats"). */
function sharesWord(a: EntityMention, b: EntityMention): boolean {
  return a.words.some((w) => b.words.some((v) => v === w || sameFamily(v, w)));
}

/** Endings that make another form of a name's word: "Democrat" → "Democrats", "Democratic"; "Korea" → "Korean". */
const FAMILY_ENDINGS = /^(?:s|es|ic|ics|n|an|ans|ian|ians|ese|ish)$/;

/** One word is the other, less a final "s", with one of FAMILY_ENDINGS ("democrats"/"democratic"; not "austria"/"australia"). */
function sameFamily(a: string, b: string): boolean {
  if (a === b || a[0] !== b[0] || a.length < 4 || b.length < 4) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const stem = short.endsWith("s") ? short.slice(0, -1) : short;
  return long.startsWith(stem) && FAMILY_ENDINGS.test(long.slice(stem.length));
}

/**
 * Two names in the same slot of a statement: the same word just before them ("in
 * Nevada" / "in Arizona") or just after ("Eritrea's runner" / "Ethiopia's runner").
 */
function sameSlot(suspectText: string, now: EntityMention, originalText: string, was: EntityMention, byContentWord = false): boolean {
  const wordBefore = (text: string, at: number) => /([\p{L}']+)[\s,]*$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1]?.toLowerCase();
  const wordAfter = (text: string, at: number) => /^[\s,]*([\p{L}']+)/u.exec(text.slice(at, at + 30))?.[1]?.toLowerCase();
  const before = wordBefore(suspectText, now.start);
  const after = wordAfter(suspectText, now.end);
  // `byContentWord`: "to" before both names is too weak a tie ("weapons to Tehran" / "contributed to Middle Eastern…").
  const counts = (word: string | undefined): word is string => !!word && word.length > 1 && !(byContentWord && STOPWORDS.has(word));
  return (counts(before) && before === wordBefore(originalText, was.start)) || (counts(after) && after === wordAfter(originalText, was.end));
}

/**
 * The group's capitalised words in order, as a name's words are kept (lower-case, no
 * possessive, countries under one key), with " | " wherever another word or punctuation
 * parts them: a lost name is still there when its words stand side by side in here
 * ("the Netherlands' Ministry of Infrastructure" keeps "Dutch Ministry of Infrastructure").
 */
function capitalisedRuns(text: string, span: { start: number; end: number }): string {
  const words: string[] = [];
  for (const token of tokenize(text, span.start, span.end)) {
    if (token.isWord && /^\p{Lu}/u.test(token.text)) words.push(...token.norm.replace(/['’]s?$/, "").split(/[-.]/).filter(Boolean));
    else if (!(token.isWord && NAME_CONNECTORS.has(token.norm)) && !/^['’]$/.test(token.text)) words.push("|");
  }
  return ` ${canonicalWords(words).join(" ")} `;
}

/** How strongly two names look like one replacing the other; 0 means not at all. */
function pairScore(now: EntityMention, was: EntityMention): number {
  const shared = now.words.filter((w) => was.words.includes(w)).length;
  if (shared > 0 && shared < Math.max(now.words.length, was.words.length)) return shared;
  if (acronymMatches(was.text, now.words) || acronymMatches(now.text, was.words)) return 2;
  if (now.words.length === 1 && was.words.length === 1 && isDemonymLike(now.words[0]!) && isDemonymLike(was.words[0]!)) return 1;
  return 0;
}

/** "KCNA" against ["asian","central","news","agency"]: most letters line up with initials. */
function acronymMatches(acronym: string, words: string[]): boolean {
  if (!/^[A-Z]{2,6}$/.test(acronym) || words.length < 2) return false;
  const initials = words.map((w) => w[0]).join("");
  const letters = acronym.toLowerCase();
  let common = 0;
  for (let i = 1; i <= Math.min(letters.length, initials.length); i++) {
    if (letters[letters.length - i] === initials[initials.length - i]) common++;
    else break;
  }
  return common >= Math.max(2, letters.length - 1);
}

/**
 * A corrected misspelling ("Univeristy" -> "University") is not a different name; a
 * one-letter change of a real word is ("Smith" -> "Smyth": another person). A fix is a
 * close spelling where every original word that changed is one SUBTLEX never saw and its
 * replacement is one it knows: the original had it wrong.
 */
function isSpellingFix(now: string, was: string): boolean {
  const distance = editDistance(now.toLowerCase(), was.toLowerCase());
  if (distance > 2 || distance / Math.max(now.length, was.length) > 0.1) return false;
  const nowWords = now.toLowerCase().split(/\s+/);
  const wasWords = was.toLowerCase().split(/\s+/);
  if (nowWords.length !== wasWords.length) return false;
  return wasWords.every((word, i) => {
    const replacement = nowWords[i]!;
    return word === replacement || (wordCount(word.replace(/['’]s$/, "")) === 0 && wordCount(replacement.replace(/['’]s$/, "")) > 0);
  });
}

/**
 * Two mentions of one entity: an acronym of the other's initials ("KCNA"), the same country
 * under another name ("US" / "United States", "Holland" / "Netherlands"), or a dotted
 * shortening ("N.Korea" / "North Korea").
 */
function isAlias(a: EntityMention, b: EntityMention): boolean {
  if (canonicalWords(a.words).join(" ") === canonicalWords(b.words).join(" ")) return true;
  if (isTitled(a, b) || isTitled(b, a)) return true;
  if (isShortenedName(a.words, b.words, a.text) || isShortenedName(b.words, a.words, b.text)) return true;
  const initials = (m: EntityMention) => m.words.map((w) => w[0]).join("");
  const letters = (m: EntityMention) => m.text.replace(/[^A-Za-z]/g, "").toLowerCase();
  const isAcronym = (m: EntityMention) => /^([A-Z]\.?\s?){2,6}$/.test(m.text.trim());
  return (isAcronym(a) && letters(a) === initials(b)) || (isAcronym(b) && letters(b) === initials(a));
}

/**
 * `titled` is `name` with a title before it, common words ending in one that names a kind
 * of person ("Minister Jansen", "Dr Jansen", "Prime Minister Jacinda Ardern").
 */
function isTitled(titled: EntityMention, name: EntityMention): boolean {
  const extra = titled.words.length - name.words.length;
  if (extra <= 0 || !name.words.every((w, i) => titled.words[extra + i] === w)) return false;
  const title = titled.words.slice(0, extra);
  return title.every((w) => isWordNetWord(w) && !isProperNameFirst(w)) && isPersonNoun(title[title.length - 1]!);
}

function looksLikePersonName(mention: EntityMention): boolean {
  const parts = mention.text.split(/\s+/);
  return parts.length >= 2 && parts.length <= 4 && parts.every((p) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(p));
}

function isDemonymLike(word: string): boolean {
  return /(ese|an|ian|ish|i|ic)$/.test(word);
}

/**
 * Extends a nationality to the noun it qualifies when that noun changed too:
 * "North Vietnamese group" for "North Korean delegation".
 */
function withChangedHead(text: string, mention: EntityMention, context: PairContext): { start: number; end: number } {
  const next = tokenize(text, mention.end, Math.min(context.suspectSpan.end, mention.end + 40))[0];
  const changed = context.hunks.some((h) => h.added.some((t) => t.start === next?.start));
  if (next && next.isWord && changed && /^\p{Ll}/u.test(next.text) && isDemonymLike(mention.words[mention.words.length - 1] ?? "")) {
    return { start: mention.start, end: next.end };
  }
  return { start: mention.start, end: mention.end };
}

/**
 * The original's name, in the form the suspect's slot needs: where the suspect has a
 * nationality ("North Vietnamese") and the original the country ("North Korea's"), the
 * country's adjective from WordNet ("North Korean"); otherwise the original's words.
 */
function suggestionFor(now: EntityMention, was: EntityMention): string {
  const nowIsAdjective = countryAdjective(now.words) !== undefined && countryAdjective(now.words)?.toLowerCase() === now.words.join(" ");
  const adjective = countryAdjective(was.words);
  if (nowIsAdjective && adjective && adjective.toLowerCase() !== was.words.join(" ")) return adjective;
  return was.text;
}
