import type { Analysis, Finding } from "@/lib/analysis/browser";
import { KIND_LABELS, SEVERITY_LABELS } from "@/lib/report/labels";

/** Element ids, shared by the document, the panel, the minimap and the shortcuts. */
export const findingElementId = (index: number) => `finding-${index}`;
export const findingDescriptionId = (index: number) => `finding-${index}-desc`;
export const rowElementId = (key: string) => `row-${key}`;

/** Longest quoted excerpt in the findings list; the rest is in the document. */
const MAX_QUOTE = 90;

/** The suspect's wording of a finding (or the original's, for an omitted sentence), trimmed. */
export function quoteFinding(analysis: Analysis, finding: Finding): string {
  const source = finding.suspect ? analysis.suspect.text : (analysis.original?.text ?? "");
  const span = finding.suspect ?? finding.original;
  if (!span) return "";
  const text = source.slice(span.start, span.end).replace(/\s+/g, " ").trim();
  return text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text;
}

/**
 * What a screen reader hears when a highlight gets focus, and what print shows inline:
 * "Garbled phrase, medium severity. <message> Likely original: spy agency."
 */
export function describeFinding(finding: Finding): string {
  const head = `${KIND_LABELS[finding.kind] ?? finding.kind}, ${(SEVERITY_LABELS[finding.severity] ?? finding.severity).toLowerCase()} severity.`;
  const suggestion = finding.suggestion?.trim() ? ` Likely original: ${finding.suggestion.trim()}.` : "";
  return `${head} ${finding.message.trim()}${suggestion}`;
}
