import type { CandidateEvidence } from "./types";
import type { Term } from "./terms";

/** Evidence lists stay short enough to read at a glance. */
const MAX_ITEMS = 8;
/** A rare word: Zipf frequency 3.5 or less (rarity ≥ 4.5), e.g. "measles", "bleaching". */
const RARE = 4.5;

const QUOTE = /[“"]([^”"]{12,400})[”"]/g;
const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** Quotations in `text` (at least 12 characters inside curly or straight double quotes). */
export function quotationsOf(text: string): string[] {
  return [...text.matchAll(QUOTE)].map((m) => m[1]!.trim());
}

/**
 * What the suspect shares with a candidate that a spinner leaves alone: names, numbers,
 * quotations (kept word for word) and rare words, each as written in the suspect, in the
 * order they first appear, at most MAX_ITEMS each.
 */
export function collectEvidence(suspectTerms: readonly Term[], suspectText: string, candidateTerms: ReadonlySet<string>, candidateText: string): CandidateEvidence {
  const names = new Set<string>();
  const numbers = new Set<string>();
  const rareWords = new Set<string>();
  for (const term of suspectTerms) {
    if (!candidateTerms.has(term.term) || term.term.startsWith("s")) continue;
    if (term.kind === "number" && numbers.size < MAX_ITEMS) numbers.add(term.surface.replace(/[.,]+$/, ""));
    else if (term.kind === "name" && names.size < MAX_ITEMS) names.add(term.surface.replace(/['’]s$/, ""));
    else if (term.kind === "word" && term.rarity >= RARE && rareWords.size < MAX_ITEMS) rareWords.add(term.surface.toLowerCase());
  }
  const candidate = ` ${normalise(candidateText)} `;
  const quotations = quotationsOf(suspectText)
    .filter((quote) => candidate.includes(` ${normalise(quote)} `))
    .slice(0, MAX_ITEMS);
  return { names: [...names], numbers: [...numbers], quotations, rareWords: [...rareWords] };
}
