import type { Finding, Span } from "../types";
import { detectCountryClashes } from "./country-clash";
import { detectOddCollocations } from "./odd-collocations";
import { detectGarbledOrganizationNames } from "./organization-names";
import { detectPhraseFrames } from "./phrase-frames";
import { detectOrganizationDescriptors } from "./organizations";
import { detectTypography } from "./typography";

const SEVERITY_RANK = { high: 0, medium: 1, low: 2 } as const;

/**
 * Drops a finding that lies inside another of the same kind that is at least as severe
 * (two rules can catch one phrase). Partial overlaps stay: "a eminently" (the article)
 * and "eminently exceptional" (the grading) are two repairs, as are a turned-around
 * quote mark inside an odd phrase (`a” little number”`).
 */
function dropOverlaps(findings: Finding[]): Finding[] {
  const ranked = [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  const kept: Finding[] = [];
  for (const f of ranked) {
    const s = f.suspect;
    if (!s) continue;
    if (kept.some((k) => k.kind === f.kind && k.suspect && k.suspect.start <= s.start && s.end <= k.suspect.end)) continue;
    kept.push(f);
  }
  return kept.sort((a, b) => (a.suspect?.start ?? 0) - (b.suspect?.start ?? 0) || (a.suspect?.end ?? 0) - (b.suspect?.end ?? 0));
}

/**
 * Judges a suspect text on its own, without a source: the artifacts that give a spun
 * text away (odd collocations, entities that contradict the story, typographic damage).
 * `sentences` are the segmenter's spans into `text`; today's rules work on the whole text
 * (no rule crosses punctuation), and the parameter stays so rules may use it. Findings have `original: null`,
 * spans into `text`, and come ordered by position; overlapping ones are merged, keeping
 * the more severe. English-only: the caller skips it for other languages.
 */
export function detectSoloFindings(text: string, _sentences: Span[]): Finding[] {
  const findings: Finding[] = [
    ...detectTypography(text),
    ...detectCountryClashes(text),
    ...detectOrganizationDescriptors(text),
    ...detectGarbledOrganizationNames(text),
    ...detectPhraseFrames(text),
    ...detectOddCollocations(text),
  ];
  return dropOverlaps(findings);
}
