import { detectSoloFindings } from "./solo";
import type { Doc, Finding } from "./types";

/**
 * The suspect judged on its own: spinner artifacts that give a text away without a
 * source (odd collocations, entities that contradict the story, typographic damage).
 * The rules live in ./solo; this is the one place the pipeline calls them.
 */
export function detectSuspectArtifacts(suspect: Doc): Finding[] {
  return detectSoloFindings(suspect.text, suspect.sentences);
}
