import { COUNTRIES } from "@/lib/lexicon/countries";

/** Lower-case words of a name as entity mentions split them: "U.S." -> ["u", "s"]; "The Netherlands" -> ["the", "netherlands"]. */
const wordsOfName = (name: string) => name.toLowerCase().split(/[\s.-]+/).filter(Boolean);

type AliasTable = { phrases: Map<string, string>; longest: number };
let table: AliasTable | undefined;

/**
 * One key per country for every way WordNet names it (name, synonyms, adjectives:
 * "Netherlands", "Holland", "Dutch" -> "country:netherlands"), so "Dutch ministry" and
 * "the Netherlands' ministry" name one thing. Built once from countries.json, itself
 * derived from WordNet; no name is written here.
 */
function aliasTable(): AliasTable {
  if (!table) {
    const phrases = new Map<string, string>();
    let longest = 1;
    for (const country of COUNTRIES) {
      const key = `country:${country.name.toLowerCase()}`;
      for (const name of [country.name, ...country.aliases, ...country.adjectives]) {
        const words = wordsOfName(name).filter((w, i, all) => !(w === "the" && all.length > 1 && i === 0));
        phrases.set(words.join(" "), key);
        longest = Math.max(longest, words.length);
      }
    }
    table = { phrases, longest };
  }
  return table;
}

/**
 * A name's words with every country name, synonym or adjective replaced by one key
 * for that country: ["dutch", "ministry"] -> ["country:netherlands", "ministry"];
 * ["united", "states"] and ["u", "s"] both -> ["country:united states"]. Longest match first.
 */
export function canonicalWords(words: readonly string[]): string[] {
  const { phrases, longest } = aliasTable();
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    for (let n = Math.min(longest, words.length - i); n >= 1 && !matched; n--) {
      const key = phrases.get(words.slice(i, i + n).join(" "));
      if (key) {
        out.push(key);
        matched = n;
      }
    }
    if (matched) i += matched;
    else out.push(words[i++]!);
  }
  return out;
}

/**
 * True when one name shortens the other word by word: each word equal, an abbreviation of
 * its counterpart (a prefix, the text marking it with a dot: "N.Korea" for "North
 * Korea"), or an initialism the text writes in capitals standing for a run of the other's
 * words ("UN Security Council" for "United Nations Security Council"). Word lists are
 * lower-case; `shortText` is the shorter name as written.
 */
export function isShortenedName(short: readonly string[], long: readonly string[], shortText: string): boolean {
  let i = 0;
  let j = 0;
  let shortened = 0;
  while (i < short.length && j < long.length) {
    const a = short[i]!;
    const b = long[j]!;
    if (a === b) {
      i++;
      j++;
      continue;
    }
    const run = long.slice(j, j + a.length);
    if (a.length >= 2 && run.length === a.length && run.map((w) => w[0]).join("") === a && new RegExp(`\\b${a.toUpperCase()}\\b`).test(shortText)) {
      i++;
      j += a.length;
    } else if (b.startsWith(a) && a.length < b.length && shortText.includes(".")) {
      i++;
      j++;
    } else return false;
    shortened++;
  }
  return shortened > 0 && i === short.length && j === long.length;
}

/**
 * The adjective WordNet gives a country named by these words ("north korea's" -> "North
 * Korean"), for suggesting the original's country where the suspect used an adjective.
 * Undefined when the words name no country or WordNet has no adjective for it.
 */
export function countryAdjective(words: readonly string[]): string | undefined {
  const [key, ...rest] = canonicalWords(words);
  if (!key?.startsWith("country:") || rest.length) return undefined;
  return COUNTRIES.find((country) => `country:${country.name.toLowerCase()}` === key)?.adjectives[0];
}
