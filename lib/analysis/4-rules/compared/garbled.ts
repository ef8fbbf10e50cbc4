import type { Finding, Span } from "../../types";
import { quoted } from "./context";

/** A garbled-phrase finding: `now` in the suspect reads as `was` reworded word by word. */
export function garbledFinding(span: Span, original: Span | null, was: string, now: string): Finding {
  return {
    kind: "garbled-phrase",
    severity: "medium",
    suspect: span,
    original,
    message: `${quoted(now)} looks like ${quoted(was)} reworded word by word, as article spinners do; the phrase no longer reads as the fixed expression it replaced.`,
    suggestion: was,
  };
}

/** True when `finding` overlaps one of `findings` in the suspect. */
export function overlapsAny(finding: Finding, findings: Finding[]): boolean {
  const span = finding.suspect;
  return !!span && findings.some((f) => f.suspect !== null && f.suspect.start < span.end && span.start < f.suspect.end);
}
