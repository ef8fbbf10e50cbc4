import type { Analysis } from "./types";

export const ENGINE_NAME = "unspun 0.1.0";

export type AnalyzeInput = { original?: string | null; suspect: string };

/**
 * Analyses a suspect text, against an original when one is given.
 * (First cut while the pipeline lands: every suspect line is one sentence.)
 */
export function analyzeTexts(input: AnalyzeInput): Analysis {
  const toDoc = (text: string) => {
    const sentences: { start: number; end: number }[] = [];
    for (const match of text.matchAll(/[^\n]+/g)) {
      if (match[0].trim()) sentences.push({ start: match.index, end: match.index + match[0].length });
    }
    return { text, sentences };
  };
  const original = input.original ? toDoc(input.original) : null;
  const suspect = toDoc(input.suspect);
  return {
    engine: ENGINE_NAME,
    original,
    suspect,
    alignments: [],
    findings: [],
    summary: { verdict: "light edit", spinScore: 0, counts: {} },
  };
}
