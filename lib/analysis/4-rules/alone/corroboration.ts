import type { Finding, Span } from "../../types";

/**
 * How many confident readings, and how near (characters: about 50 words), carry a tentative
 * one. On the tuning part, 150 characters lost 1 phrase break of 289 and 3 of 77 through the
 * wider thesaurus; two confident readings lost almost all that the tier adds.
 */
export const CORROBORATION = { chars: 300, confident: 1 };

/** A reverse-spin finding, and whether its reading cleared only the looser bars. */
export type Candidate = { finding: Finding; tentative: boolean };

/**
 * The confident findings, and each tentative one with CORROBORATION.confident confident
 * ones within CORROBORATION.chars, or in a sentence the original will check (the caller
 * keeps a reading there only when the original holds its suggestion: evidence enough). A
 * confident reading in such a sentence vouches for nothing, since the original may yet
 * drop it.
 */
export function corroborated(findings: readonly Candidate[], checkedAgainstOriginal: (span: Span) => boolean): Finding[] {
  const confident = findings.filter((f) => !f.tentative && !checkedAgainstOriginal(f.finding.suspect!)).map((f) => f.finding.suspect!);
  const near = (span: Span) => confident.filter((c) => c.start - span.end <= CORROBORATION.chars && span.start - c.end <= CORROBORATION.chars).length >= CORROBORATION.confident;
  return findings.filter((f) => !f.tentative || checkedAgainstOriginal(f.finding.suspect!) || near(f.finding.suspect!)).map((f) => f.finding);
}
