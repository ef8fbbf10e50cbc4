import { glossBigramCount } from "./gloss-bigrams";
import { NEWS_COLLOCATIONS } from "./news-collocations";
import { isWordNetPhrase, lemmasOf, shareEverydaySense, synonymsOf, wordRelation, type WordRelation } from "./wordnet";

/** Where a collocation is attested, strongest first. */
export type CollocationSource = "news" | "wordnet" | "gloss";

/** A gloss pair seen this often is an established collocation, not an accident of one gloss; tuned on the honest prose in lib/analysis/solo/fixtures. */
const ESTABLISHED_GLOSS_COUNT = 3;

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
  const pos = /ly$/.test(modifier) ? "adj" : "noun";
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

/**
 * Established collocations one or two near-synonym swaps away from "modifier head", best
 * first: from the news list (either word, or both, swapped for a WordNet synonym or near
 * word) and from WordNet phrases and gloss bigrams (one word swapped for a synonym).
 * `allowNearModifier`: whether the modifier may be swapped for a merely near word (right
 * for noun modifiers, whose compounds are fixed; wrong for adjectives, which vary freely).
 */
export function collocationAlternatives(modifier: string, head: string, allowNearModifier: boolean): CollocationAlternative[] {
  const mod = modifier.toLowerCase();
  const headLemma = headForms(head, mod).at(-1) ?? head.toLowerCase();
  const headPos = /ly$/.test(mod) ? "adj" : "noun";
  const { byModifier, byHead } = index();
  const found = new Map<string, CollocationAlternative>();
  const consider = (entry: Entry, source: CollocationSource) => {
    const modifierRelation = wordRelation(mod, entry.modifier);
    const headRelation = wordRelation(headLemma, entry.head);
    if (!modifierRelation || !headRelation) return;
    // One word swapped, the other kept.
    if ((modifierRelation === "same") === (headRelation === "same")) return;
    // A modifier may be a synonym; a merely near one only in a noun compound.
    if (modifierRelation === "related" || (modifierRelation === "near" && !allowNearModifier)) return;
    // A head must be a synonym in a sense other than both words' everyday one
    // ("heavy rainfall" is honest; "economically disturbed" is not "troubled").
    if (headRelation !== "same" && (headRelation !== "synonym" || shareEverydaySense(headLemma, entry.head, headPos))) return;
    const key = `${entry.modifier} ${entry.head}`;
    if (!found.has(key)) found.set(key, { ...entry, source, modifierRelation, headRelation });
  };
  for (const m of [mod, ...lemmasOf(mod, "noun").slice(0, 1)]) for (const entry of byModifier.get(m) ?? []) consider(entry, "news");
  for (const h of headForms(head, mod)) for (const entry of byHead.get(h) ?? []) consider(entry, "news");
  // Beyond the list: a WordNet synonym of one word that makes a frequent gloss pair
  // ("little number" → "small number", 11 glosses). WordNet's own phrases stay out here:
  // many are idioms ("sweet talk" is no original for "fresh talks").
  for (const synonym of synonymsOf(mod)) {
    if (!synonym.includes(" ") && glossBigramCount(synonym, headLemma) >= ESTABLISHED_GLOSS_COUNT) {
      consider({ modifier: synonym, head: headLemma }, "gloss");
    }
  }
  for (const synonym of synonymsOf(headLemma, headPos)) {
    if (!synonym.includes(" ") && glossBigramCount(mod, synonym) >= ESTABLISHED_GLOSS_COUNT) {
      consider({ modifier: mod, head: synonym }, "gloss");
    }
  }
  return [...found.values()].sort((a, b) => rank(a) - rank(b));
}

export { ESTABLISHED_GLOSS_COUNT };
