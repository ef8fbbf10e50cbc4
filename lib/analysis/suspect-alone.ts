import { detectSoloFindings } from "./solo";
import type { Doc, Finding, Span } from "./types";

/**
 * The suspect judged on its own: spinner artifacts that give a text away without a
 * source (odd collocations, entities that contradict the story, typographic damage).
 * The rules live in ./solo; this is the one place the pipeline calls them.
 *
 * `isSettled` says a span is wording the original shares, whose findings the caller will
 * drop anyway; rules may skip costly checks there (it changes no result, only the time).
 */
export function detectSuspectArtifacts(suspect: Doc, isSettled: (span: Span) => boolean = () => false): Finding[] {
  return detectSoloFindings(suspect.text, suspect.sentences, isSettled);
}
