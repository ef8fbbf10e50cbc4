/**
 * The analysis contract (../shared/analysis-contract.md): one JSON shape for the CLI, the
 * JSON API and stored results. Outside tools depend on it, so fields are only ever added.
 */

/** [start, end) in UTF-16 code units of the text exactly as given. */
export type Span = { start: number; end: number };

/** A text and its sentences, which cover the text in order. */
export type Doc = { text: string; sentences: Span[] };

export type Alignment = {
  /** Sentence indices in the original (several: a merge). */
  original: number[];
  /** Sentence indices in the suspect (several: a split). */
  suspect: number[];
  /** 0..1 */
  similarity: number;
};

/** Every finding kind, declared once; the order is the order legends and filters use. */
export const FINDING_KINDS = [
  "entity-change",
  "number-change",
  "quote-change",
  "negation-change",
  "garbled-phrase",
  "synonym-swap",
  "unsupported",
  "omitted",
] as const;

export type Kind = (typeof FINDING_KINDS)[number];

export const SEVERITIES = ["high", "medium", "low"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** How strong a claim each severity makes, declared once: higher is stronger. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { high: 3, medium: 2, low: 1 };

export type Finding = {
  kind: Kind;
  severity: Severity;
  /** Where it is in the suspect (null for "omitted"). */
  suspect: Span | null;
  /** The counterpart in the original, when there is one. */
  original: Span | null;
  /** One sentence an editor understands. */
  message: string;
  /** The likely original wording, when known. */
  suggestion?: string;
};

export type Summary = {
  /** Short label, e.g. "likely spun", "light edit", "unrelated". */
  verdict: string;
  /** 0..1; exactly 0 when the two texts are identical. */
  spinScore: number;
  counts: Partial<Record<Kind, number>>;
  /** One line an editor reads beside the verdict (added field). */
  explanation?: string;
  /** BCP 47 code of the language detected, e.g. "en" (added field). */
  language?: string;
};

export type Analysis = {
  /** e.g. "unspun 0.1.0" */
  engine: string;
  /** null when the suspect was judged on its own. */
  original: Doc | null;
  suspect: Doc;
  /** One entry per aligned group; one-sided sentences appear in none. */
  alignments: Alignment[];
  /** Ordered by position in the suspect. */
  findings: Finding[];
  summary: Summary;
};
