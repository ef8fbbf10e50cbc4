import type { Finding, Span } from "../types";
import { detectCountryClashes } from "./country-clash";
import { detectOddCollocations } from "./odd-collocations";
import { detectBrokenCompounds } from "./hyphen-compounds";
import { detectGarbledOrganizationNames } from "./organization-names";
import { detectOrganizationDescriptors } from "./organizations";
import { detectPhraseFrames } from "./phrase-frames";
import { detectTypography } from "./typography";

/**
 * The most findings one rule reports for a text. Spun prose shows a few dozen at most; a
 * text with hundreds (a table, "a- a- a-" noise) is not prose, and more would bury the rest.
 */
const MAX_FINDINGS_PER_RULE = 300;

const SEVERITY_RANK = { high: 0, medium: 1, low: 2 } as const;

const byPosition = (a: Finding, b: Finding) => (a.suspect?.start ?? 0) - (b.suspect?.start ?? 0) || (b.suspect?.end ?? 0) - (a.suspect?.end ?? 0);

/**
 * Drops a finding that lies inside another of the same kind that is at least as severe
 * (two rules can catch one phrase). Partial overlaps stay: "a eminently" (the article)
 * and "eminently exceptional" (the grading) are two repairs, as are a turned-around
 * quote mark inside an odd phrase (`a” little number”`). One sweep in text order.
 */
function dropContained(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => byPosition(a, b) || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  const widest = new Map<string, Finding>();
  return sorted.filter((f) => {
    const s = f.suspect;
    if (!s) return true;
    const cover = widest.get(f.kind);
    if (cover?.suspect && s.end <= cover.suspect.end && SEVERITY_RANK[cover.severity] <= SEVERITY_RANK[f.severity]) return false;
    if (!cover?.suspect || s.end > cover.suspect.end) widest.set(f.kind, f);
    return true;
  });
}

/**
 * Judges a suspect text on its own, without a source: the artifacts that give a spun
 * text away (odd collocations, entities that contradict the story, typographic damage).
 * `sentences` are the segmenter's spans into `text`; today's rules work on the whole text
 * (no rule crosses punctuation), and the parameter stays so rules may use it.
 * Findings have `original: null`, spans into `text`, and come ordered by position; one
 * inside another of its kind is dropped. English-only: the caller skips it for other
 * languages. Empty or odd input gives no findings, never an error. `isSettled` (see
 * detectSuspectArtifacts) lets a costly rule skip wording the original shares.
 */
export function detectSoloFindings(text: string, _sentences: Span[], isSettled: (span: Span) => boolean = () => false): Finding[] {
  const rules = [detectTypography, detectCountryClashes, detectOrganizationDescriptors, detectGarbledOrganizationNames, detectPhraseFrames, detectOddCollocations, detectBrokenCompounds];
  return dropContained(rules.flatMap((rule) => rule(text, isSettled).slice(0, MAX_FINDINGS_PER_RULE)));
}
