import { COUNTRIES } from "@/lib/lexicon/countries";
import { ORGANIZATIONS } from "@/lib/lexicon/organizations";
import { wordRelation } from "@/lib/lexicon/wordnet";
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
 * A well-known organisation's full name with one word replaced: "Asian Central News
 * Agency" for "Korean Central News Agency", "Federal Exchange Commission" style swaps.
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
  for (const run of text.matchAll(NAME_RUN)) {
    const words = run[0].split(" ");
    const names = byLength.get(words.length);
    if (!names || known.has(run[0].toLowerCase())) continue;
    for (const name of names) {
      const nameWords = name.split(" ");
      if (nameWords.length !== words.length) continue;
      const differing = nameWords.map((w, i) => [w, words[i] ?? ""] as const).filter(([a, b]) => a.toLowerCase() !== b.toLowerCase());
      const [swap] = differing;
      if (differing.length !== 1 || !swap) continue;
      const [was, now] = swap;
      const placeSwap = isGeographic(was) && isGeographic(now);
      const relation = placeSwap ? null : wordRelation(was.toLowerCase(), now.toLowerCase(), { related: false });
      if (!placeSwap && relation !== "synonym") continue;
      findings.push({
        kind: "entity-change",
        severity: "high",
        suspect: { start: run.index, end: run.index + run[0].length },
        original: null,
        message: `"${run[0]}" looks like ${name} with "${was}" changed to "${now}".`,
        suggestion: name,
      });
      break;
    }
  }
  return findings;
}
