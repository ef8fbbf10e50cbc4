import type { Analysis, Finding, Span } from "@/lib/analysis/types";
import { FINDING_KINDS } from "@/lib/analysis/types";
import { describeExpiry, explainSummary, formatDay, formatSpinScore } from "./format";
import { KIND_LABELS, SEVERITY_LABELS } from "./labels";

/** Where the result lives, when it was stored (absent for a "Don't store" analysis). */
export type ReportContext = {
  shareUrl?: string;
  createdAt?: string;
  expiresAt?: string | null;
};

/** Longest excerpt quoted for one side of a finding; longer ones are cut with an ellipsis. */
const MAX_EXCERPT = 300;

/**
 * Escapes pasted text for inline Markdown: every character that could start emphasis, code,
 * a link, an HTML tag, an entity or a table cell is backslash-escaped, as is a leading
 * heading, list or quote marker, and line breaks become spaces, so an article can never
 * inject markup into the report. Ordinary punctuation ("U.S.", "well-known") stays readable.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\`*_[\]<>|~&]/g, (char) => `\\${char}`)
    .replace(/^([#>+=-])/, "\\$1")
    .replace(/^(\d+)([.)])/, "$1\\$2");
}

function excerpt(text: string, span: Span | null): string | null {
  if (!span) return null;
  const raw = text.slice(Math.max(0, span.start), Math.max(0, span.end)).replace(/\s+/g, " ").trim();
  if (!raw) return null;
  return raw.length > MAX_EXCERPT ? `${raw.slice(0, MAX_EXCERPT - 1)}…` : raw;
}

function renderFinding(analysis: Analysis, finding: Finding, number: number): string[] {
  const label = KIND_LABELS[finding.kind] ?? finding.kind;
  const lines = [`${number}. **${label}** (${SEVERITY_LABELS[finding.severity] ?? finding.severity}): ${escapeMarkdown(finding.message)}`];
  const suspect = excerpt(analysis.suspect.text, finding.suspect);
  const original = analysis.original ? excerpt(analysis.original.text, finding.original) : null;
  if (suspect) lines.push(`   - Suspect: “${escapeMarkdown(suspect)}”`);
  if (original) lines.push(`   - Original: “${escapeMarkdown(original)}”`);
  if (finding.suggestion?.trim()) lines.push(`   - Likely original: *${escapeMarkdown(finding.suggestion)}*`);
  return lines;
}

/**
 * A Markdown report of one analysis for an editor to file or paste into a ticket: verdict,
 * spin score and explanation, counts per kind, then every finding with its message, the
 * suspect and original wording and the suggestion. All pasted text is escaped.
 */
export function renderMarkdownReport(analysis: Analysis, context: ReportContext = {}): string {
  const { summary } = analysis;
  const out: string[] = ["# Unspun report", ""];
  out.push(`**Verdict:** ${escapeMarkdown(summary.verdict)}, spin score ${formatSpinScore(summary.spinScore)}/100`, "");
  out.push(escapeMarkdown(explainSummary(analysis)), "");
  if (context.shareUrl) out.push(`- Link: <${encodeURI(context.shareUrl)}>`);
  if (context.createdAt) out.push(`- Created: ${formatDay(context.createdAt)}`);
  if (context.expiresAt !== undefined) out.push(`- ${describeExpiry(context.expiresAt)}`);
  const words = (text: string) => (text.match(/\S+/g) ?? []).length;
  const sizes = analysis.original
    ? `original ${words(analysis.original.text).toLocaleString("en-US")} words, suspect ${words(analysis.suspect.text).toLocaleString("en-US")} words`
    : `suspect ${words(analysis.suspect.text).toLocaleString("en-US")} words, judged without an original`;
  out.push(`- Compared: ${sizes}`);
  out.push(`- Engine: ${escapeMarkdown(analysis.engine)}`, "");

  const counted = FINDING_KINDS.filter((kind) => analysis.findings.some((finding) => finding.kind === kind));
  if (counted.length > 0) {
    out.push("## Counts", "", "| Kind | Findings |", "| --- | ---: |");
    for (const kind of counted) {
      out.push(`| ${KIND_LABELS[kind]} | ${analysis.findings.filter((finding) => finding.kind === kind).length} |`);
    }
    out.push("");
  }

  out.push("## Findings", "");
  if (analysis.findings.length === 0) {
    out.push("No findings.");
  } else {
    analysis.findings.forEach((finding, index) => out.push(...renderFinding(analysis, finding, index + 1)));
  }
  out.push("");
  return out.join("\n");
}
