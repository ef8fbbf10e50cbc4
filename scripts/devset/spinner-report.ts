import type { Analysis } from "../../lib/analysis";
import { buildDevSet } from "./devset";
import { formatDevTally, scoreDevSet, type DevTally } from "./score-devset";

type Analyze = (input: { original?: string | null; suspect: string }) => Analysis;

export type SpinnerReport = { label: string; part: "tuning" | "held out"; mode: "compared" | "alone"; tally: DevTally }[];

/** WordNet passages in the dev set by default: ~4,000 words of each kind of text, a few seconds. */
export const DEFAULT_PASSAGES = 600;

/**
 * The engine on the spinner-made dev set (scripts/devset): WordNet example passages and
 * the eval corpus's originals through the thesaurus spinner, compared and alone, the
 * tuning part and the held-out part apart.
 */
export function runSpinnerReport(evalDir: string, analyze: Analyze, limit = DEFAULT_PASSAGES): { report: SpinnerReport; lines: string[] } {
  const { wordnet, news, widerNews } = buildDevSet(evalDir, { limit });
  const report: SpinnerReport = [];
  for (const [label, set] of [["WordNet passages", wordnet], ["news articles", news], ["news, wider thesaurus", widerNews]] as const) {
    for (const part of ["tuning", "held out"] as const) {
      const passages = set.filter((p) => p.heldOut === (part === "held out"));
      for (const mode of ["compared", "alone"] as const) report.push({ label, part, mode, tally: scoreDevSet(passages, analyze, mode) });
    }
  }
  const lines = [
    `Spinner-made dev set (${wordnet.length} WordNet passages, ${news.length} spun news articles; a thesaurus spinner, seed 1, and the same articles through a wider thesaurus that mixes in parents, children and similar words; "phrase breaks" are swaps inside a WordNet multiword expression; held-out parts were never tuned on):`,
    ...report.map((r) => formatDevTally(`${r.label}, ${r.part}`, r.mode, r.tally)),
  ];
  return { report, lines };
}
