import type { Analysis } from "@/lib/analysis/browser";

/** What the review knows about a stored result; absent for "Don't store" analyses. */
export type ReviewResult = {
  id: string;
  shareUrl: string;
  /** ISO 8601 */
  createdAt: string;
  /** ISO 8601, or null when the result is kept until deleted. */
  expiresAt: string | null;
  /** True in the creator's browser (it holds the delete cookie). */
  canDelete: boolean;
};

export type ReviewProps = { analysis: Analysis; result?: ReviewResult };
