import { inflectLike } from "../../lib/lexicon/inflect";
import { COUNTRIES } from "../../lib/lexicon/countries";
import { isProperNameFirst, isWordNetWord, lemmasOf, type WordNetPos } from "../../lib/lexicon/wordnet";
import { readSynset, synsetsOf } from "../../lib/lexicon/wordnet-synsets";
import type { Kind } from "../../lib/analysis/types";

/** One fact planted in an honest article's copy: where it stands in the copy, and the kind an editor expects it reported as. */
export type PlantedFact = { start: number; end: number; was: string; now: string; kind: Kind; plant: PlantKind };

export type PlantKind = "number" | "scale" | "ordinal" | "multiplier" | "relative-date" | "date" | "person" | "speaker" | "country" | "negation-added" | "negation-dropped" | "opposite";

export type Planted = { text: string; facts: PlantedFact[] };

type Candidate = { start: number; end: number; now: string; kind: Kind; plant: PlantKind };

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const SCALES = ["thousand", "million", "billion"];
const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth"];
const MULTIPLIERS = ["doubled", "tripled", "halved"];
const RELATIVE_DATES = ["last", "this", "next"];
const TIME_UNITS = "year|month|week|season|spring|summer|autumn|fall|winter";
/** A first name and a surname inside a sentence. */
const PERSON = /(?<=[a-z,] )([A-Z][a-z]+) ([A-Z][a-z]{2,})\b/g;
/** A capitalised word that is a name, not a common word with a capital ("Australian", "Prime"). */
const isFirstName = (word: string) => !isWordNetWord(word.toLowerCase()) || isProperNameFirst(word.toLowerCase());
/** Auxiliaries a writer negates with "not" after them. */
const AUXILIARIES = /\b(is|was|are|were|will|would|has|have|had|can|could|should)\b(?! not\b)/g;

/**
 * Plants fact changes in an honest article, as the held-out check does with real articles:
 * in about one sentence in `rate`, one change of one kind, drawn at random from what the
 * sentence offers — a number or a date changed, a person's surname swapped for another
 * person's in `otherSurnames`, a country for another, a negation added or dropped, a
 * word turned into its WordNet opposite. Every change is labelled with the kind an editor
 * expects the engine to report. Deterministic for a given `random`.
 */
export function plantFacts(text: string, random: () => number, otherSurnames: readonly string[], rate = 0.35): Planted {
  const sentences = [...text.matchAll(/[^.!?\n]+[.!?]?/g)].filter((m) => /\w/.test(m[0]));
  const chosen: Candidate[] = [];
  // People the article itself names in full, for a quote given to the wrong one.
  const people = [...new Set([...text.matchAll(PERSON)].filter((m) => isFirstName(m[1]!)).map((m) => m[0]))];
  for (const sentence of sentences) {
    if (random() >= rate) continue;
    const offset = sentence.index;
    const options = candidatesIn(sentence[0], otherSurnames, people).map((c) => ({ ...c, start: c.start + offset, end: c.end + offset }));
    if (options.length === 0) continue;
    chosen.push(options[Math.floor(random() * options.length)]!);
  }
  let out = "";
  let cursor = 0;
  const facts: PlantedFact[] = [];
  for (const c of chosen) {
    out += text.slice(cursor, c.start);
    const start = out.length;
    out += c.now;
    facts.push({ start, end: out.length, was: text.slice(c.start, c.end), now: c.now, kind: c.kind, plant: c.plant });
    cursor = c.end;
  }
  return { text: out + text.slice(cursor), facts };
}

/** Every change one sentence offers, as spans of the sentence. */
function candidatesIn(sentence: string, otherSurnames: readonly string[], articlePeople: readonly string[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of sentence.matchAll(/(?<![\w.,])\d+(?:[.,]\d+)?(?![\w])/g)) {
    const now = changedNumber(m[0]);
    if (now !== m[0]) out.push({ start: m.index, end: m.index + m[0].length, now, kind: "number-change", plant: "number" });
  }
  for (const names of [MONTHS, WEEKDAYS]) {
    for (const m of sentence.matchAll(new RegExp(`\\b(${names.join("|")})\\b`, "g"))) {
      const now = names[(names.indexOf(m[0]) + 2) % names.length]!;
      out.push({ start: m.index, end: m.index + m[0].length, now, kind: "number-change", plant: "date" });
    }
  }
  for (const m of sentence.matchAll(new RegExp(`\\b(${RELATIVE_DATES.join("|")}) (?=(${TIME_UNITS}|${WEEKDAYS.join("|")})\\b)`, "g"))) {
    const now = RELATIVE_DATES[(RELATIVE_DATES.indexOf(m[1]!) + 1) % RELATIVE_DATES.length]!;
    out.push({ start: m.index, end: m.index + m[1]!.length, now, kind: "number-change", plant: "relative-date" });
  }
  for (const [names, kind] of [[SCALES, "scale"], [ORDINALS, "ordinal"], [MULTIPLIERS, "multiplier"]] as const) {
    for (const m of sentence.matchAll(new RegExp(`\\b(${names.join("|")})\\b`, "g"))) {
      const now = names[(names.indexOf(m[0]) + 1) % names.length]!;
      out.push({ start: m.index, end: m.index + m[0].length, now, kind: "number-change", plant: kind });
    }
  }
  // Who said it: a full name after "said", for another person the article names.
  for (const m of sentence.matchAll(/\bsaid ([A-Z][a-z]+ [A-Z][a-z]{2,})\b/g)) {
    if (!articlePeople.includes(m[1]!)) continue;
    const now = articlePeople.find((p) => p !== m[1] && !p.includes(m[1]!.split(" ")[1]!));
    const start = m.index + 5;
    if (now) out.push({ start, end: start + m[1]!.length, now, kind: "entity-change", plant: "speaker" });
  }
  // A person: a capitalised first name and surname inside the sentence (a first word that
  // is a common word is more likely a title or an adjective: "Australian Parliament").
  for (const m of sentence.matchAll(PERSON)) {
    if (!isFirstName(m[1]!)) continue;
    const surname = m[2]!;
    const now = otherSurnames.find((s) => s !== surname && s[0] !== surname[0]);
    const start = m.index + m[0].length - surname.length;
    if (now) out.push({ start, end: start + surname.length, now, kind: "entity-change", plant: "person" });
  }
  for (const country of COUNTRIES) {
    const m = new RegExp(`\\b${country.name}\\b`).exec(sentence);
    if (!m) continue;
    const other = COUNTRIES[(COUNTRIES.indexOf(country) + 7) % COUNTRIES.length]!;
    out.push({ start: m.index, end: m.index + m[0].length, now: other.name, kind: "entity-change", plant: "country" });
  }
  for (const m of sentence.matchAll(AUXILIARIES)) {
    out.push({ start: m.index, end: m.index + m[0].length, now: `${m[0]} not`, kind: "negation-change", plant: "negation-added" });
  }
  for (const m of sentence.matchAll(/\b(\w+) not\b/g)) {
    out.push({ start: m.index, end: m.index + m[0].length, now: m[1]!, kind: "negation-change", plant: "negation-dropped" });
  }
  for (const m of sentence.matchAll(/(?<=[a-z,] )[a-z]{3,}\b/g)) {
    const opposite = oppositeOf(m[0]);
    if (opposite) out.push({ start: m.index, end: m.index + m[0].length, now: opposite, kind: "negation-change", plant: "opposite" });
  }
  return out;
}

/** Another value of the same shape: one digit changed ("14" → "17", "2019" → "2016"). */
function changedNumber(written: string): string {
  const digits = [...written].map((ch, i) => (/\d/.test(ch) ? i : -1)).filter((i) => i >= 0);
  const at = digits[digits.length > 1 ? digits.length - 2 : 0]!;
  const digit = Number(written[at]);
  const changed = at === 0 && digit >= 7 ? digit - 3 : (digit + 3) % 10;
  if (at === 0 && changed === 0) return written;
  return written.slice(0, at) + String(changed) + written.slice(at + 1);
}

/** The word's WordNet antonym in its commonest sense, read as the part of speech it has most senses in, inflected alike; null when it has none. */
function oppositeOf(word: string): string | null {
  let likeliest: { pos: WordNetPos; lemma: string; senses: number } | null = null;
  for (const pos of ["noun", "verb", "adj", "adv"] as WordNetPos[]) {
    for (const lemma of lemmasOf(word, pos)) {
      const senses = synsetsOf(pos, lemma).length;
      if (!likeliest || senses > likeliest.senses) likeliest = { pos, lemma, senses };
    }
  }
  if (!likeliest) return null;
  const first = synsetsOf(likeliest.pos, likeliest.lemma)[0];
  const antonym = first?.pointers.find((p) => p.symbol === "!");
  const target = antonym ? readSynset(antonym.pos, antonym.offset) : null;
  const opposite = target?.lemmas.find((l) => /^[a-z]+$/.test(l));
  return opposite ? inflectLike(word, likeliest.lemma, opposite, likeliest.pos) : null;
}
