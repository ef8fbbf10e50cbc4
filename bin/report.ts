import type { Analysis, Finding } from "@/lib/analysis/types";

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

/**
 * A plain-text report for a terminal: verdict and score, then each medium and high
 * finding with its line number, the suspect's words and the likely original; low ones
 * are counted, not listed, so the report stays readable on a long article.
 */
export function formatReport(analysis: Analysis): string {
  const { summary, suspect } = analysis;
  const lines: string[] = [];
  lines.push(`Verdict: ${summary.verdict} (spin score ${Math.round(summary.spinScore * 100)}/100)`);
  if (summary.explanation) lines.push(summary.explanation);
  if (summary.language && summary.language !== "en") lines.push("Note: the wording rules are tuned for English; this text was checked for numbers and quotations only.");
  const shown = analysis.findings.filter((f) => f.severity !== "low");
  const hidden = analysis.findings.length - shown.length;
  lines.push("");
  if (shown.length === 0) lines.push("No medium or high findings.");
  for (const finding of [...shown].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || position(a) - position(b))) {
    const where = finding.suspect ? `line ${lineOf(suspect.text, finding.suspect.start)}` : "original only";
    const words = finding.suspect ? suspect.text.slice(finding.suspect.start, finding.suspect.end).replace(/\s+/g, " ") : "";
    lines.push(`${finding.severity.toUpperCase().padEnd(6)} ${finding.kind.padEnd(16)} ${where}${words ? `: "${shorten(words)}"` : ""}`);
    lines.push(`       ${finding.message}`);
    if (finding.suggestion) lines.push(`       likely original: "${shorten(finding.suggestion)}"`);
  }
  if (hidden > 0) lines.push("", `${hidden} low-severity finding${hidden === 1 ? "" : "s"} (synonyms, added or dropped sentences) not listed; use --json for all.`);
  return `${lines.join("\n")}\n`;
}

function position(finding: Finding): number {
  return finding.suspect?.start ?? Number.MAX_SAFE_INTEGER;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function shorten(text: string): string {
  return text.length > 90 ? `${text.slice(0, 87)}...` : text;
}
