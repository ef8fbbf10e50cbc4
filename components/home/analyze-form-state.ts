import type { Analysis } from "@/lib/analysis/browser";

/** The home form's fields, echoed back by the action so an error never loses input. */
export type AnalyzeFormValues = { original: string; suspect: string; dontStore: boolean };

/**
 * What analyzeAction returns to useActionState.
 * - "idle": nothing submitted yet.
 * - "invalid": a field failed validation; `fieldErrors` says which and why.
 * - "failed": the request was fine but could not be served (rate limit, server error);
 *   `formError` says what to do.
 * - "done": analysed without storing ("Don't store"); `analysis` holds the result.
 * A stored analysis never returns: the action redirects to /r/{id}.
 */
export type AnalyzeFormState = {
  status: "idle" | "invalid" | "failed" | "done";
  fieldErrors?: { original?: string; suspect?: string };
  formError?: string;
  values: AnalyzeFormValues;
  analysis?: Analysis;
};

export const INITIAL_ANALYZE_STATE: AnalyzeFormState = {
  status: "idle",
  values: { original: "", suspect: "", dontStore: false },
};
