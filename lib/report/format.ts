import type { Analysis } from "@/lib/analysis/types";

/**
 * The spin score (0..1) as a whole number out of 100. Clamped, because a stored result
 * from a future engine may be slightly out of range; a non-number reads as 0.
 */
export function formatSpinScore(spinScore: number): number {
  if (!Number.isFinite(spinScore)) return 0;
  return Math.round(Math.min(1, Math.max(0, spinScore)) * 100);
}

const DAY_FORMAT = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  // One zone for server and browser, so the page hydrates without a mismatch.
  timeZone: "UTC",
});

/** "2026-12-23T10:00:00Z" → "23 Dec 2026"; an unparseable date → "an unknown date". */
export function formatDay(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "an unknown date";
  return DAY_FORMAT.format(date);
}

/** "Expires on 23 Dec 2026", or "Kept until deleted" when the result never expires. */
export function describeExpiry(expiresAt: string | null): string {
  return expiresAt === null ? "Kept until deleted" : `Expires on ${formatDay(expiresAt)}`;
}

/**
 * The one line under the verdict: the engine's own explanation when it gives one, else a
 * line built from what the analysis holds (how many findings, how many of high severity).
 */
export function explainSummary(analysis: Analysis): string {
  const given = analysis.summary.explanation?.trim();
  if (given) return given;
  const total = analysis.findings.length;
  if (total === 0) {
    return analysis.original ? "No changes that alter facts or meaning were found." : "Nothing suspicious was found in the text.";
  }
  const high = analysis.findings.filter((finding) => finding.severity === "high").length;
  const findings = total === 1 ? "1 finding" : `${total} findings`;
  return high === 0 ? `${findings}, none of high severity.` : `${findings}, ${high} of high severity.`;
}
