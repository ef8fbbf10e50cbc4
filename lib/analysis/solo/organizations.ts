import { COUNTRIES, type Country } from "@/lib/lexicon/countries";
import { ORGANIZATIONS, type Organization } from "@/lib/lexicon/organizations";
import { lemmatize, wordRelation } from "@/lib/lexicon/wordnet";
import type { Finding } from "../types";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Nationality adjectives and country names → country, for "North Korean … Hamas". */
let nationalities: Map<string, Country> | undefined;
function nationalityOf(words: string): Country | undefined {
  if (!nationalities) {
    nationalities = new Map();
    for (const c of COUNTRIES) for (const form of [...c.adjectives, c.name, `${c.name}'s`, `${c.name}’s`]) nationalities.set(form, c);
  }
  return nationalities.get(words);
}

/**
 * Modifiers news copy puts on any armed or political organisation; a descriptor built from
 * these is honest even when the organisation's own list lacks it ("armed group Hamas").
 */
const GENERAL_MODIFIERS = new Set("armed militant islamist islamic extremist terrorist terror rebel radical political ruling jihadist paramilitary hardline powerful influential main".split(" "));

let shortNamePattern: { pattern: RegExp; byName: Map<string, Organization> } | undefined;
function organizationPattern() {
  if (!shortNamePattern) {
    const byName = new Map<string, Organization>();
    for (const org of ORGANIZATIONS) for (const name of [org.name, ...org.shortNames]) if (!byName.has(name)) byName.set(name, org);
    const names = [...byName.keys()].sort((a, b) => b.length - a.length).map(escape);
    shortNamePattern = { pattern: new RegExp(`(?<![\\p{L}-])(?:${names.join("|")})(?![\\p{L}-])`, "gu"), byName };
  }
  return shortNamePattern;
}

type Lead = { start: number; descriptor: string[]; nationality?: { text: string; start: number; end: number; country: Country } };

/** The words right before a name: up to three lower-case descriptor words, and a nationality before them. */
function leadOf(text: string, at: number): Lead {
  const before = text.slice(Math.max(0, at - 80), at);
  // The descriptor words start a word ("Iran-backed group" gives no descriptor "backed group").
  const m = /(?:(\p{Lu}[\p{L}’']*(?: \p{Lu}[\p{L}’']*)?) |(?<![\p{L}-]))((?:\p{Ll}[\p{Ll}-]* ){0,3})$/u.exec(before);
  const descriptor = (m?.[2] ?? "").trim().split(" ").filter(Boolean);
  const offset = at - before.length + (m?.index ?? before.length);
  const lead: Lead = { start: at - (m?.[2] ?? "").length, descriptor };
  const nationalityText = m?.[1];
  const country = nationalityText ? nationalityOf(nationalityText) : undefined;
  if (nationalityText && country) lead.nationality = { text: nationalityText, start: offset, end: offset + nationalityText.length, country };
  return lead;
}

/**
 * What the words before a known organisation's name get wrong: a nationality that is not
 * the organisation's ("North Korean … Hamas": Hamas is Palestinian; entity-change, high)
 * and a descriptor no newsroom uses, built from a near-synonym of a usual one ("criminal
 * organization Hamas" for "militant group Hamas"; garbled-phrase, medium).
 */
export function detectOrganizationDescriptors(text: string): Finding[] {
  const { pattern, byName } = organizationPattern();
  const findings: Finding[] = [];
  for (const m of text.matchAll(pattern)) {
    const org = byName.get(m[0]);
    if (!org) continue;
    const lead = leadOf(text, m.index);
    const home = COUNTRIES.find((c) => c.name === org.country);
    if (lead.nationality && home && org.nationalityIsFixed && lead.nationality.country !== home) {
      const suggestion = home.adjectives[0] ?? home.name;
      findings.push({
        kind: "entity-change",
        severity: "high",
        suspect: { start: lead.nationality.start, end: lead.nationality.end },
        original: null,
        message: `${m[0]} is ${suggestion}, not ${lead.nationality.text}.`,
        suggestion,
      });
    }
    const descriptorFinding = checkDescriptor(org, m[0], lead, m.index);
    if (descriptorFinding) findings.push(descriptorFinding);
  }
  return findings;
}

function checkDescriptor(org: Organization, name: string, lead: Lead, at: number): Finding | null {
  const words = lead.descriptor.filter((w) => w !== "the" && w !== "a" && w !== "an");
  const head = words.at(-1);
  const modifiers = words.slice(0, -1);
  if (!head || modifiers.length === 0) return null;
  const phrase = words.join(" ");
  if (org.descriptors.some((d) => d.toLowerCase() === phrase)) return null;
  const knownModifiers = new Set(org.descriptors.flatMap((d) => d.toLowerCase().split(" ").slice(0, -1)));
  if (modifiers.every((w) => knownModifiers.has(w) || GENERAL_MODIFIERS.has(w))) return null;
  // Only a descriptor whose head is related to a usual head reads as a garbled usual one;
  // the closest relation wins, then the list's order (its most common descriptor first).
  const headLemma = lemmatize(head, "noun");
  const rank = { same: 0, synonym: 1, near: 2, related: 2 } as const;
  let usual: string | undefined;
  let best = Infinity;
  for (const d of org.descriptors) {
    const usualHead = d.toLowerCase().split(" ").at(-1) ?? "";
    const relation = d.includes(" ") ? wordRelation(headLemma, usualHead) : null;
    if (relation && rank[relation] < best) [usual, best] = [d, rank[relation]];
  }
  if (!usual) return null;
  const start = at - words.join(" ").length - 1;
  return {
    kind: "garbled-phrase",
    severity: "medium",
    suspect: { start, end: at + name.length },
    original: null,
    message: `News copy calls ${name} a "${usual}", not a "${phrase}".`,
    suggestion: `${usual} ${name}`,
  };
}
