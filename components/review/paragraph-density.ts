import type { Analysis, Span } from "@/lib/analysis/browser";

/** One paragraph of the suspect and the shown findings that start in it. */
export type ParagraphDensity = { span: Span; findings: number[] };

/**
 * The suspect's paragraphs (runs of text between line breaks; blank lines and lines of
 * whitespace separate nothing extra) with the shown findings whose suspect span starts in
 * each. "Left out" findings have no place in the suspect and are not counted here.
 * Example: "A. B.\n\nC." with a finding in "C." → [{A. B.: []}, {C.: [0]}].
 */
export function paragraphDensity(analysis: Analysis, shown: number[]): ParagraphDensity[] {
  const text = analysis.suspect.text;
  const paragraphs: ParagraphDensity[] = [];
  for (const match of text.matchAll(/[^\n]*\S[^\n]*/g)) {
    paragraphs.push({ span: { start: match.index, end: match.index + match[0].length }, findings: [] });
  }
  for (const index of shown) {
    const at = analysis.findings[index]?.suspect?.start;
    if (at === undefined) continue;
    const paragraph = paragraphs.find((p) => at >= p.span.start && at < p.span.end) ?? paragraphs.findLast((p) => p.span.start <= at);
    paragraph?.findings.push(index);
  }
  return paragraphs;
}
