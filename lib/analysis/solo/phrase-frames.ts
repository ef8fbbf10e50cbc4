import { NEWS_COLLOCATIONS } from "@/lib/lexicon/news-collocations";
import { COUNTRIES } from "@/lib/lexicon/countries";
import { ACADEMIC_MODIFIERS, ACADEMIC_TITLES, EXTREME_ADJECTIVES, GRADING_ADVERBS, PERIOD_PARTS, STATE_BODIES } from "@/lib/lexicon/phrase-frames";
import { isPersonNoun, lemmasOf, wordRelation } from "@/lib/lexicon/wordnet";
import type { Finding } from "../types";

/**
 * Frames whose slot takes only certain words, checked on the whole text by pattern:
 * a country's institution, an academic title before "at … University", a grading adverb
 * on an extreme adjective, a part of a decade, a plural title before one person's name.
 * Each finding is a garbled-phrase of medium severity with the likely wording.
 */
export function detectPhraseFrames(text: string): Finding[] {
  return [...stateBodies(text), ...academicTitles(text), ...gradedExtremes(text), ...decadeParts(text), ...pluralTitles(text)];
}

const garbled = (start: number, end: number, message: string, suggestion: string): Finding => ({
  kind: "garbled-phrase",
  severity: "medium",
  suspect: { start, end },
  original: null,
  message,
  suggestion,
});

const related = (a: string, b: string) => wordRelation(a, b) !== null;
const isClose = (a: string, b: string) => ["same", "synonym", "near"].includes(wordRelation(a, b, { related: false }) ?? "");

/** "South Korea's detective agency": a country's institution named with a near word for the usual one ("spy agency"). */
function stateBodies(text: string): Finding[] {
  const findings: Finding[] = [];
  // Anchored on the possessive, then the country read backwards: a pattern that starts
  // with 130 country names would be tried at every position of a long article.
  for (const m of text.matchAll(/['’]s (\p{Ll}+) (\p{Ll}+)\b/gu)) {
    const [, modifier = "", head = ""] = m;
    if (!countryBefore(text, m.index)) continue;
    const headLemma = lemmasOf(head, "noun")[0] ?? head;
    if (STATE_BODIES.has(`${modifier} ${headLemma}`)) continue;
    const usual = [...STATE_BODIES].find((body) => body.endsWith(` ${headLemma}`) && body.split(" ").length === 2 && related(modifier, body.split(" ")[0] ?? ""));
    if (!usual) continue;
    const start = m.index + m[0].length - modifier.length - head.length - 1;
    const suggestion = `${usual.split(" ")[0]} ${head}`;
    findings.push(garbled(start, m.index + m[0].length, `A country's "${modifier} ${head}" is unusual; news copy says "${suggestion}".`, suggestion));
  }
  return findings;
}

let countryPattern: RegExp | undefined;
/** Whether a country's name ends right at `at` ("South Korea" before "’s"). */
function countryBefore(text: string, at: number): boolean {
  countryPattern ??= new RegExp(`(?<![\\p{L}])(?:${COUNTRIES.map((c) => c.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})$`, "u");
  return countryPattern.test(text.slice(Math.max(0, at - 40), at));
}

/** "a studies teacher at Korea University": a university title that is a near word for "professor". */
function academicTitles(text: string): Finding[] {
  const findings: Finding[] = [];
  // Anchored on "University", with the title read backwards: a pattern that opens with a
  // word class is tried at every position of a long article.
  for (const university of text.matchAll(/University\b/g)) {
    const before = text.slice(Math.max(0, university.index - 120), university.index);
    const found = /(?<![\p{L}-])(?:(\p{Ll}+) )?(\p{Ll}+) at (?:the )?(?:\p{Lu}[\p{L}’'-]* )*$/u.exec(before);
    if (!found) continue;
    const m = { index: university.index - before.length + found.index };
    const [, modifier, head = ""] = found;
    const headLemma = lemmasOf(head, "noun")[0] ?? head;
    if (ACADEMIC_TITLES.has(headLemma) || !["synonym", "near", "related"].includes(wordRelation(headLemma, "professor") ?? "")) continue;
    const keepModifier = modifier && ACADEMIC_MODIFIERS.has(modifier) ? modifier : undefined;
    const mappedModifier = modifier && !keepModifier ? [...ACADEMIC_MODIFIERS].find((a) => related(modifier, a)) : keepModifier;
    const title = mappedModifier ? `${mappedModifier} professor` : "professor";
    const start = mappedModifier && modifier ? m.index : m.index + (modifier ? modifier.length + 1 : 0);
    const written = text.slice(start, start + (mappedModifier && modifier ? modifier.length + 1 : 0) + head.length);
    findings.push(garbled(start, start + written.length, `"${written}" is not a university title; it is probably "${title}".`, title));
  }
  return findings;
}

let gradingPattern: RegExp | undefined;

/** "eminently exceptional": a grading adverb on an adjective that cannot be graded. */
function gradedExtremes(text: string): Finding[] {
  const findings: Finding[] = [];
  gradingPattern ??= new RegExp(`\\b(${[...GRADING_ADVERBS].join("|")}) (\\p{Ll}+)\\b`, "gu");
  for (const m of text.matchAll(gradingPattern)) {
    const [, adverb = "", adjective = ""] = m;
    if (!EXTREME_ADJECTIVES.has(adjective)) continue;
    findings.push(garbled(m.index, m.index + adverb.length + 1 + adjective.length, `"${adjective}" cannot be graded, so "${adverb} ${adjective}" reads as garbled.`, `truly ${adjective}`));
  }
  return findings;
}

/** "the first generation of the 2000s": only a decade's parts fit before "of the 2000s". */
function decadeParts(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(/\b(first|second|third|last|final|early|late|opening|closing) (\p{Ll}+) of the (?:\d{4}|['’]?\d0)s\b/gu)) {
    const [, ordinal = "", noun = ""] = m;
    if (PERIOD_PARTS.has(noun) || !related(noun, "decade")) continue;
    const start = m.index;
    findings.push(garbled(start, start + ordinal.length + 1 + noun.length, `A "${noun}" is not a part of a decade; this probably meant "${ordinal} decade".`, `${ordinal} decade`));
  }
  return findings;
}

/** "authorities in arms Lami Kim": a plural, turned-around title before one person's name ("arms expert"). */
function pluralTitles(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const at of text.matchAll(/ in (?=\p{Ll}+ \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+(?! and\b))/gu)) {
    const plural = /(?<![\p{L}-])\p{Ll}+$/u.exec(text.slice(Math.max(0, at.index - 30), at.index))?.[0];
    const field = /^\p{Ll}+/u.exec(text.slice(at.index + 4, at.index + 40))?.[0];
    if (!plural || !field) continue;
    const m = { index: at.index - plural.length };
    const singular = lemmasOf(plural, "noun").find((l) => l !== plural);
    if (!singular || !plural.endsWith("s")) continue;
    // The title names a person, so the usual wording's head must too ("arms expert", not "arms control").
    const usual = [...NEWS_COLLOCATIONS].find((pair) => {
      const head = pair.slice(field.length + 1);
      return pair.startsWith(`${field} `) && isPersonNoun(head) && isClose(singular, head);
    });
    if (!usual) continue;
    const end = m.index + plural.length + 4 + field.length;
    findings.push(garbled(m.index, end, `"${plural} in ${field}" before a single name reads as a garbled title; it is probably "${usual}".`, usual));
  }
  return findings;
}
