import { COUNTRIES, type Country } from "@/lib/lexicon/countries";
import type { Finding } from "../../types";

type FormKind = "name" | "adjective" | "capital" | "alias";
type Mention = { start: number; end: number; text: string; country: Country; form: FormKind };

/**
 * A country the story mentions at least this often is what the story is about: a lead, a
 * follow-up and one more. Set by that reasoning, not fitted to any text.
 */
const MIN_STORY_MENTIONS = 3;
/** A clashing country mentioned more than this is part of the story, not a slip. */
const MAX_SLIP_MENTIONS = 1;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

let matcher: { pattern: RegExp; forms: Map<string, { country: Country; form: FormKind }> } | undefined;

/** One regex over every country form, longest first so "North Korean" wins over "North Korea". */
function countryMatcher() {
  if (!matcher) {
    const forms = new Map<string, { country: Country; form: FormKind }>();
    for (const country of COUNTRIES) {
      const add = (text: string, form: FormKind) => {
        if (!forms.has(text)) forms.set(text, { country, form });
      };
      country.adjectives.forEach((a) => add(a, "adjective"));
      add(country.name, "name");
      country.capitals.forEach((c) => add(c, "capital"));
      country.aliases.forEach((a) => add(a, "alias"));
    }
    const alternatives = [...forms.keys()].sort((a, b) => b.length - a.length).map(escape);
    matcher = { pattern: new RegExp(`(?<![\\p{L}\\p{N}.-])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}-])`, "gu"), forms };
  }
  return matcher;
}

function findMentions(text: string): Mention[] {
  const { pattern, forms } = countryMatcher();
  const mentions: Mention[] = [];
  for (const m of text.matchAll(pattern)) {
    const entry = forms.get(m[0]);
    if (entry) mentions.push({ start: m.index, end: m.index + m[0].length, text: m[0], ...entry });
  }
  return mentions;
}

/** The form of `country` that stands where `form` stood: an adjective for an adjective. */
function formOf(country: Country, form: FormKind): string {
  if (form === "adjective") return country.adjectives[0] ?? country.name;
  if (form === "capital") return country.capitals[0] ?? country.name;
  return country.name;
}

/**
 * Places that contradict the story: a nationality named once whose country shares its
 * first word with the country the story is about ("North Vietnamese" in an article that names North
 * Korea twenty times). A spinner's thesaurus swaps one "North …" for another; a writer
 * rarely does, and a story that really concerns both names each more than once.
 * entity-change, high; the suggestion is the story country in the same form.
 */
export function detectCountryClashes(text: string): Finding[] {
  const mentions = findMentions(text);
  const counts = new Map<Country, number>();
  for (const m of mentions) counts.set(m.country, (counts.get(m.country) ?? 0) + 1);
  const story = [...counts].filter(([, n]) => n >= MIN_STORY_MENTIONS).map(([country]) => country);
  const findings: Finding[] = [];
  for (const mention of mentions) {
    // Only nationality adjectives: a writer names other countries in passing ("a state
    // visit to South Africa"), while a thesaurus swaps the adjective that describes the
    // story's own actors ("the North Vietnamese group").
    if (mention.form !== "adjective" || (counts.get(mention.country) ?? 0) > MAX_SLIP_MENTIONS) continue;
    const firstWord = mention.text.split(" ")[0];
    if (!mention.text.includes(" ")) continue;
    const clash = story.find((c) => c !== mention.country && [c.name, ...c.adjectives].some((f) => f.includes(" ") && f.split(" ")[0] === firstWord));
    if (!clash) continue;
    const suggestion = formOf(clash, mention.form);
    findings.push({
      kind: "entity-change",
      severity: "high",
      suspect: { start: mention.start, end: mention.end },
      original: null,
      message: `"${mention.text}" appears once in a story about ${clash.name}; it is probably "${suggestion}".`,
      suggestion,
    });
  }
  return findings;
}
