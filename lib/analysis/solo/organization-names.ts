import { COUNTRIES } from "@/lib/lexicon/countries";
import { ORGANIZATIONS } from "@/lib/lexicon/organizations";
import { areLinked, wordRelation } from "@/lib/lexicon/wordnet";
import type { Finding } from "../types";

/**
 * Capitalised runs with the lower-case joiners names use ("Organization of the Petroleum
 * …"). Latin letters only: Unicode classes made this pass 60x slower on a long article,
 * and the names it looks for are English.
 */
const NAME_RUN = /(?<![\w\u00C0-\u024F])[A-Z\u00C0-\u00DE][\w\u00C0-\u024F’'-]*(?: (?:(?:of|for|and|the|on) )*[A-Z\u00C0-\u00DE][\w\u00C0-\u024F’'-]*)+/g;

let geographic: Set<string> | undefined;
/** Nationality and place words, plus continental adjectives: "Asian" for "Korean" is a swap of place. */
function isGeographic(word: string): boolean {
  if (!geographic) {
    geographic = new Set(["asian", "european", "african", "american", "arab", "latin", "pacific", "atlantic", "western", "eastern", "northern", "southern", "middle", "global", "world", "international", "national"]);
    // Every word of a multiword form too: "Korean" from "North Korean".
    for (const c of COUNTRIES) for (const form of [c.name, ...c.adjectives]) for (const w of [form, ...form.split(" ")]) geographic.add(w.toLowerCase());
  }
  return geographic.has(word.toLowerCase());
}

let namesByLength: Map<number, string[]> | undefined;
/** Full names of three words or more, grouped by word count: a run is compared only with names of its length. */
function fullNames(): Map<number, string[]> {
  if (!namesByLength) {
    namesByLength = new Map();
    for (const { name } of ORGANIZATIONS) {
      const length = name.split(" ").length;
      if (length >= 3) namesByLength.set(length, [...(namesByLength.get(length) ?? []), name]);
    }
  }
  return namesByLength;
}
const knownNames = () => new Set(ORGANIZATIONS.map((o) => o.name.toLowerCase()));

/**
 * A place word for a place word ("Asian" for "Korean"), a WordNet synonym ("Inventory"
 * for "Stock") or a word one pointer away ("Exchange" for "Trade"); sisters do not count,
 * since the National Security Council and Agency are both real.
 */
function isPlausibleSwap(was: string, now: string): boolean {
  if (isGeographic(was) && isGeographic(now)) return true;
  const [a, b] = [was.toLowerCase(), now.toLowerCase()];
  return wordRelation(a, b, { related: false }) === "synonym" || areLinked(a, b);
}

/**
 * A well-known organisation's full name with one word replaced (two in names of four
 * words or more): "Asian Central News Agency" for "Korean Central News Agency", "Federal
 * Exchange Commission" for "Federal Trade Commission".
 * The whole capitalised run must have the name's length (so "Pan American Health
 * Organization" is not a garbled "World Health Organization"), must not be another known
 * name, and the replaced word must be a place word for a place word or a WordNet synonym
 * of the original ("Council" for "Agency" is merely near: the National Security Council
 * is real). entity-change, high, with the real name as suggestion.
 */
export function detectGarbledOrganizationNames(text: string): Finding[] {
  const byLength = fullNames();
  const known = knownNames();
  const findings: Finding[] = [];
  for (const match of text.matchAll(NAME_RUN)) {
    // A sentence-initial "The" is no part of the name.
    const lead = /^The /.exec(match[0])?.[0].length ?? 0;
    const run = { 0: match[0].slice(lead), index: match.index + lead };
    const words = run[0].split(" ");
    const names = byLength.get(words.length);
    if (!names || known.has(run[0].toLowerCase())) continue;
    for (const name of names) {
      const nameWords = name.split(" ");
      if (nameWords.length !== words.length) continue;
      const differing = nameWords.map((w, i) => [w, words[i] ?? ""] as const).filter(([a, b]) => a.toLowerCase() !== b.toLowerCase());
      // One word swapped, or two in a name of four words or more ("New York Inventory
      // Trade"); each must be a place word for a place word or a WordNet synonym.
      if (differing.length === 0 || differing.length > (nameWords.length >= 4 ? 2 : 1)) continue;
      if (!differing.every(([was, now]) => isPlausibleSwap(was, now))) continue;
      findings.push({
        kind: "entity-change",
        severity: "high",
        suspect: { start: run.index, end: run.index + run[0].length },
        original: null,
        message: `"${run[0]}" looks like ${name} with ${differing.map(([was, now]) => `"${was}" changed to "${now}"`).join(" and ")}.`,
        suggestion: name,
      });
      break;
    }
  }
  return findings;
}
