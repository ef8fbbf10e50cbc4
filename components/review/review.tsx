"use client";

import type { Analysis } from "@/lib/analysis/types";

/** What the review knows about a stored result; absent for "Don't store" analyses. */
export type ReviewResult = {
  id: string;
  shareUrl: string;
  createdAt: string;
  expiresAt: string | null;
  canDelete: boolean;
};

export type ReviewProps = { analysis: Analysis; result?: ReviewResult };

/**
 * The side-by-side review of one analysis. Without `result` (an unsaved analysis) it shows
 * no share link and no delete button. (First cut: the full review lands in later commits.)
 */
export function Review({ analysis }: ReviewProps) {
  const { suspect, summary } = analysis;
  return (
    <section aria-label="Review">
      <p>
        Verdict: {summary.verdict} · spin score {Math.round(summary.spinScore * 100)} / 100
      </p>
      <ol>
        {suspect.sentences.map((span, index) => (
          <li key={index}>{suspect.text.slice(span.start, span.end)}</li>
        ))}
      </ol>
    </section>
  );
}
