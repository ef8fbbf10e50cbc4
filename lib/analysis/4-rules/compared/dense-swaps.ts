import type { Finding } from "../../types";
import { quoted, type PairContext } from "./context";
import { areNeighbours } from "@/lib/lexicon/substitutes";
import { buildsNounPhrases } from "./word-class";
import { judgeSwaps } from "./wording-change";

/**
 * A sentence where many words were each swapped for a thesaurus neighbour was run through
 * a spinner, even when each swap alone would pass as an honest synonym. In such a group,
 * the swaps inside noun phrases are garbled, not honest: editors change a word or two in
 * a sentence, spinners change every third one. (Honest copy-edits in the eval corpus make
 * at most two swaps in a sentence; spun copies make three to eight.)
 */
const DENSE_SWAPS = 3;

/** Rule: in a densely swapped group, the synonym swaps inside noun phrases are garbled (medium). */
export function findDenseSwaps(context: PairContext): Finding[] {
  const findings = judgeSwaps(context);
  const swaps = findings.filter((f) => f.kind === "synonym-swap");
  const garbled = findings.filter((f) => f.kind === "garbled-phrase").length;
  if (swaps.length + garbled < DENSE_SWAPS || swaps.length === 0) return [];
  return swaps.flatMap((finding): Finding[] => {
    if (!finding.suspect) return [];
    const word = context.suspect.text.slice(finding.suspect.start, finding.suspect.end).toLowerCase();
    // Words used alike in real text read fluently: an honest-sounding swap, even in a spun sentence.
    if (!buildsNounPhrases(word) || areNeighbours(word, (finding.suggestion ?? "").toLowerCase())) return [];
    return [{
      ...finding,
      kind: "garbled-phrase",
      severity: "medium",
      message: `${quoted(word)} replaces ${quoted(finding.suggestion ?? "")} in a sentence where ${swaps.length + garbled} words were swapped for thesaurus neighbours, as article spinners do.`,
    }];
  });
}

