import { tokenize } from "../1-segment/tokens";
import type { Alignment, Doc, Finding } from "../types";

/**
 * Sentences with fewer plain words (letters only) are bylines, datelines, time stamps and
 * rules ("___", "2024-04-24T09:27:49Z dg43tfdfdgfd"), not statements.
 */
const MIN_STATEMENT_WORDS = 4;

function isStatement(text: string, span: { start: number; end: number }): boolean {
  return tokenize(text, span.start, span.end).filter((t) => /^\p{L}[\p{L}'’-]*$/u.test(t.text)).length >= MIN_STATEMENT_WORDS;
}

/**
 * Sentences with no counterpart: each suspect sentence in no alignment is "unsupported"
 * (the original does not say it), each original sentence in none is "omitted". Low
 * severity: a different outlet's version of a story adds and drops sentences honestly;
 * what matters is what the rules find inside them.
 */
export function findOneSidedSentences(original: Doc, suspect: Doc, alignments: Alignment[]): Finding[] {
  const alignedOriginal = new Set(alignments.flatMap((a) => a.original));
  const alignedSuspect = new Set(alignments.flatMap((a) => a.suspect));
  const findings: Finding[] = [];
  suspect.sentences.forEach((span, index) => {
    if (alignedSuspect.has(index) || !isStatement(suspect.text, span)) return;
    findings.push({
      kind: "unsupported",
      severity: "low",
      suspect: span,
      original: null,
      message: "This sentence has no counterpart in the original: check where its claims come from.",
    });
  });
  original.sentences.forEach((span, index) => {
    if (alignedOriginal.has(index) || !isStatement(original.text, span)) return;
    findings.push({
      kind: "omitted",
      severity: "low",
      suspect: null,
      original: span,
      message: "This sentence of the original is missing from the suspect.",
    });
  });
  return findings;
}

