import { COUNTRIES } from "@/lib/lexicon/countries";
import { ORGANIZATIONS } from "@/lib/lexicon/organizations";
import { wordRelation } from "@/lib/lexicon/wordnet";
import type { Finding } from "../types";

/** Capitalised runs with the lower-case joiners names use ("Organization of the Petroleum …"). */
const NAME_RUN = /\p{Lu}[\p{L}’'-]*(?: (?:(?:of|for|and|the|on) )*\p{Lu}[\p{L}’'-]*)+/gu;

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

const fullNames = () => ORGANIZATIONS.map((o) => o.name).filter((n) => n.split(" ").length >= 3);

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
  const names = fullNames();
  const known = new Set(names.map((n) => n.toLowerCase()));
  const findings: Finding[] = [];
  for (const run of text.matchAll(NAME_RUN)) {
    const words = run[0].split(" ");
    if (known.has(run[0].toLowerCase())) continue;
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
