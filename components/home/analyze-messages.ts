import type { z } from "zod";
import type { AnalyzeFormState } from "./analyze-form-state";

/**
 * The first message for each form field from a failed parse of the request schema, e.g.
 * `{ suspect: "Paste the suspect article: it is empty." }`. Issues on other paths are
 * ignored: the form has only these two fields.
 */
export function fieldErrorsFrom(error: z.ZodError): NonNullable<AnalyzeFormState["fieldErrors"]> {
  const errors: NonNullable<AnalyzeFormState["fieldErrors"]> = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if ((field === "original" || field === "suspect") && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}

/** What an editor over the rate limit reads: when to try again, and that nothing was lost. */
export function rateLimitMessage(retryAfterSeconds: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  const wait =
    seconds < 60
      ? `${seconds} second${seconds === 1 ? "" : "s"}`
      : `${Math.ceil(seconds / 60)} minute${Math.ceil(seconds / 60) === 1 ? "" : "s"}`;
  return `Too many analyses from your connection in the last minute. Try again in ${wait}; your text is still here.`;
}

/** Shown when the server fails for a reason the editor cannot fix; the cause goes to the log. */
export const UNEXPECTED_FAILURE_MESSAGE =
  "Something went wrong on our side and the analysis did not finish. Your text is still here: try again in a moment.";
