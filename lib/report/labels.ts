import type { Kind, Severity } from "@/lib/analysis/types";

/** What an editor calls each finding kind, singular; legends, filters and reports use it. */
export const KIND_LABELS: Record<Kind, string> = {
  "entity-change": "Name changed",
  "number-change": "Number changed",
  "quote-change": "Quote altered",
  "negation-change": "Meaning flipped",
  "garbled-phrase": "Garbled phrase",
  "synonym-swap": "Synonym swap",
  unsupported: "Not in the original",
  omitted: "Left out",
};

/** One line per kind for the legend: what the reader should check. */
export const KIND_HINTS: Record<Kind, string> = {
  "entity-change": "A person, place, organisation or nationality became another.",
  "number-change": "A number, date or quantity differs.",
  "quote-change": "Words inside quotation marks differ from the original quote.",
  "negation-change": "A statement now says the opposite.",
  "garbled-phrase": "A fixed expression replaced word by word, e.g. spy agency → detective agency.",
  "synonym-swap": "One word for another, a synonym or a word WordNet does not relate; usually harmless alone.",
  unsupported: "A suspect sentence with no counterpart in the original.",
  omitted: "An original sentence the suspect leaves out.",
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  high: "High",
  medium: "Medium",
  low: "Low",
};
