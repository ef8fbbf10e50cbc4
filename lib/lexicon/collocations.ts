import { glossBigramCount } from "./gloss-bigrams";
import { NEWS_COLLOCATIONS } from "./news-collocations";
import { findIndexLine } from "./wordnet-files";
import { synsetsOf } from "./wordnet-synsets";
import { areLinked, firstSenseIs, isWordNetPhrase, lemmasOf, shareEverydaySense, synonymsOf, wordRelation, type WordRelation } from "./wordnet";

/** Where a collocation is attested, strongest first. */
export type CollocationSource = "news" | "wordnet" | "gloss";

/** A gloss pair seen this often is an established collocation, not an accident of one gloss; tuned on the honest prose in lib/analysis/solo/fixtures. */
const ESTABLISHED_GLOSS_COUNT = 3;

/**
 * A modifier swap counts only through the modifier's most frequent senses: "card" is a
 * synonym of "record" only in a rare sense, so "card numbers" is no garbled "record
 * numbers". Tuned on the eval corpus originals (1 sense loses "hands" → "arms").
 */
const EVERYDAY_SENSES = 2;

type Entry = { modifier: string; head: string };

let entries: { byModifier: Map<string, Entry[]>; byHead: Map<string, Entry[]> } | undefined;

const push = (map: Map<string, Entry[]>, key: string, entry: Entry) => {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
};

/** The news-collocation list indexed by modifier and by head. */
function index() {
  if (!entries) {
    entries = { byModifier: new Map(), byHead: new Map() };
    for (const pair of NEWS_COLLOCATIONS) {
      const [modifier = "", head = ""] = pair.split(" ");
      const entry = { modifier, head };
      push(entries.byModifier, modifier, entry);
      push(entries.byHead, head, entry);
    }
  }
  return entries;
}

/**
 * The head as written plus its lemmas: "transfers" → transfers, transfer. Nouns only,
 * except after an -ly adverb where the head is an adjective ("economically troubled"):
 * otherwise "number" would also be read as the comparative of "numb".
 */
function headForms(head: string, modifier: string): string[] {
  const lower = head.toLowerCase();
  const pos = modifier.endsWith("ly") ? "adj" : "noun";
  return [...new Set([lower, ...lemmasOf(lower, pos)])];
}

/**
 * Where "modifier head" is attested as a collocation: the news list, a WordNet multiword
 * lemma, or WordNet's glosses (`minGloss` times or more; the table holds pairs seen twice
 * or more). Null when none attests it. Case-insensitive; the head may be inflected.
 */
export function collocationSource(modifier: string, head: string, minGloss = 2): CollocationSource | null {
  const mod = modifier.toLowerCase();
  const mods = [...new Set([mod, ...lemmasOf(mod, "noun").slice(0, 1)])];
  const heads = headForms(head, mod);
  for (const m of mods) for (const h of heads) if (NEWS_COLLOCATIONS.has(`${m} ${h}`)) return "news";
  if (isWordNetPhrase([mod, head])) return "wordnet";
  for (const h of [head.toLowerCase(), ...heads]) if (glossBigramCount(mod, h) >= minGloss) return "gloss";
  return null;
}

/** A likely original for an odd pair: the established collocation and how each word relates. */
export type CollocationAlternative = {
  modifier: string;
  head: string;
  source: CollocationSource;
  modifierRelation: WordRelation;
  headRelation: WordRelation;
};

const RELATION_RANK: Record<WordRelation, number> = { same: 0, synonym: 1, near: 2, related: 3 };
const SOURCE_RANK: Record<CollocationSource, number> = { news: 0, wordnet: 1, gloss: 2 };

function rank(a: CollocationAlternative): number {
  return RELATION_RANK[a.modifierRelation] + RELATION_RANK[a.headRelation] + SOURCE_RANK[a.source] * 0.5;
}

/** "defence"/"defense", "favour"/"favor": a spelling variant is never a spinner's swap. */
function isSpellingVariant(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return a.length - i - j <= 2 && b.length - i - j <= 2 && i + j >= Math.min(a.length, b.length) - 2;
}

/**
 * Established collocations one or two near-synonym swaps away from "modifier head", best
 * first. The rules, each there to keep honest wording quiet:
 * - a modifier must be swapped for a synonym in its everyday senses ("little" → "small";
 *   "card numbers" is no garbled "record numbers"); a noun modifier (`nounModifier`) also
 *   for a word one pointer away ("hands transfers" → "arms transfers");
 * - a head swap needs a synonym in the head's part of speech (for an adjective head, a
 *   near word) that is neither the two heads' shared everyday meaning nor the written
 *   head's first sense ("economically disturbed" → "troubled"; "heavy rainfall" and
 *   "housing agency" stay);
 * - when both words are swapped, one must be a synonym ("push meeting");
 * - alternatives come from the news list, or, for a modifier swap, a frequent gloss pair.
 */
export function collocationAlternatives(modifier: string, head: string, nounModifier: boolean): CollocationAlternative[] {
  const mod = modifier.toLowerCase();
  const headLemma = headForms(head, mod).at(-1) ?? head.toLowerCase();
  const headPos = mod.endsWith("ly") ? "adj" : "noun";
  const { byModifier, byHead } = index();
  const found = new Map<string, CollocationAlternative>();
  const consider = (entry: Entry, source: CollocationSource) => {
    if (isSpellingVariant(mod, entry.modifier) && isSpellingVariant(headLemma, entry.head)) return;
    const modifierRelation = nounModifier
      ? wordRelation(mod, entry.modifier, { pos: "noun", senses: EVERYDAY_SENSES, related: false })
      : wordRelation(mod, entry.modifier, { senses: EVERYDAY_SENSES, related: false });
    const headRelation = wordRelation(headLemma, entry.head, { pos: headPos, related: false });
    if (!modifierRelation || !headRelation) return;
    const modSwapped = modifierRelation !== "same";
    const headSwapped = headRelation !== "same";
    if (!modSwapped && !headSwapped) return;
    // A near modifier only in a noun compound, and only one pointer away ("hands" is part
    // of "arms"): sisters like "security"/"investment" make honest compounds of their own.
    const modifierLinked = modifierRelation === "near" && nounModifier && areLinked(mod, entry.modifier, { pos: "noun", senses: EVERYDAY_SENSES });
    if (modSwapped && (isSpellingVariant(mod, entry.modifier) || (modifierRelation === "near" && !modifierLinked))) return;
    // A noun compound is a fixed expression, so a near head is suspect there; adjective
    // heads relate through WordNet's similar-to clusters, so "near" counts there too.
    const headCloseEnough = headRelation === "synonym" || (headRelation === "near" && headPos === "adj");
    if (headSwapped && (!headCloseEnough || isSpellingVariant(headLemma, entry.head) || shareEverydaySense(headLemma, entry.head, headPos) || firstSenseIs(headLemma, entry.head, headPos))) return;
    if (modSwapped && headSwapped && (modifierRelation !== "synonym" || headRelation !== "synonym" || !nounModifier)) return;
    const key = `${entry.modifier} ${entry.head}`;
    if (!found.has(key)) found.set(key, { ...entry, source, modifierRelation, headRelation });
  };
  for (const m of [mod, ...lemmasOf(mod, "noun").slice(0, 1)]) for (const entry of byModifier.get(m) ?? []) consider(entry, "news");
  for (const h of headForms(head, mod)) for (const entry of byHead.get(h) ?? []) consider(entry, "news");
  if (nounModifier) for (const synonym of synonymsOf(headLemma, headPos)) for (const entry of byHead.get(synonym) ?? []) consider(entry, "news");
  // Beyond the list: an everyday synonym of an adjective that makes a frequent gloss pair
  // ("little number" → "small number", 11 glosses). WordNet's own phrases stay out here:
  // many are idioms ("sweet talk" is no original for "fresh talks").
  if (!nounModifier) {
    for (const synonym of synonymsOf(mod, "adj")) {
      if (!synonym.includes(" ") && glossBigramCount(synonym, headLemma) >= ESTABLISHED_GLOSS_COUNT) {
        consider({ modifier: synonym, head: headLemma }, "gloss");
      }
    }
  }
  return [...found.values()].sort((a, b) => rank(a) - rank(b));
}

export { ESTABLISHED_GLOSS_COUNT };

/**
 * A participle's verb swapped within its first this-many senses is an honest choice:
 * "govern" means "rule" in its 3rd sense ("governing party"), "work" means "operate" only
 * in its 4th ("working income"). Tuned on those two; a thin margin, so the rule stays
 * limited to established pairs.
 */
const PARTICIPLE_EVERYDAY_SENSES = 3;

/**
 * Whether SemCor (WordNet's sense-tagged corpus) has `word` as a noun at least once: then
 * "meeting room" is a noun compound (a room for meetings), not a participle on "room".
 * Read from the index line's tagsense count; "working" has none, "meeting" five.
 */
function isUsedAsNoun(word: string): boolean {
  const fields = findIndexLine("noun", word)?.trim().split(" ");
  if (!fields) return false;
  const senses = parseInt(fields[2] ?? "0", 10);
  return parseInt(fields[fields.length - senses - 1] ?? "0", 10) > 0;
}

/** A regular participle of a verb lemma in the written participle's form: "operate" → "operating" / "operated". */
function participleLike(written: string, verb: string): string {
  if (written.endsWith("ing")) return `${verb.endsWith("e") && !verb.endsWith("ee") ? verb.slice(0, -1) : verb}ing`;
  return verb.endsWith("e") ? `${verb}d` : `${verb}ed`;
}

/**
 * A participle modifier swapped through its verb's synonyms: "working income" → "operating
 * income" (work/operate), the established pair being a news collocation or a WordNet
 * phrase. A thesaurus picks the verb by any sense, which no writer does for a fixed
 * compound; verbs that share an everyday sense stay quiet ("governing party" is as good
 * as "ruling party"); adjectives and nouns are left to collocationAlternatives, whose synonym sets
 * are too wide for this (tried: 34 false alarms on the eval corpus's honest texts).
 * Null when `modifier` is no -ing/-ed form of a WordNet verb or nothing established is found.
 */
export function participleAlternative(modifier: string, head: string): CollocationAlternative | null {
  const mod = modifier.toLowerCase();
  if (!/(ing|ed)$/.test(mod) || isUsedAsNoun(mod)) return null;
  const headLemma = headForms(head, mod).at(-1) ?? head.toLowerCase();
  for (const verb of lemmasOf(mod, "verb")) {
    for (const synonym of synonymsOf(verb, "verb")) {
      if (!/^[a-z]+$/.test(synonym)) continue;
      const form = participleLike(mod, synonym);
      // Interchangeable in everyday senses ("governing"/"ruling party"): an honest choice.
      if (form === mod || isSpellingVariant(form, mod) || synsetsOf("verb", verb).slice(0, PARTICIPLE_EVERYDAY_SENSES).some((s) => s.lemmas.includes(synonym))) continue;
      const source: CollocationSource | null = NEWS_COLLOCATIONS.has(`${form} ${headLemma}`) ? "news" : isWordNetPhrase([form, head]) ? "wordnet" : null;
      if (source) return { modifier: form, head: headLemma, source, modifierRelation: "synonym", headRelation: "same" };
    }
  }
  return null;
}

