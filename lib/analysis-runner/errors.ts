/**
 * Why the pool refused or stopped an analysis, so the API and the form can answer each
 * with its own status and message: "timeout" (the text took longer than the budget: 422),
 * "busy" (the line of waiting analyses is full: 503 with Retry-After) or "abandoned" (the
 * client went away: nobody is left to answer).
 */
export type AnalysisStopReason = "timeout" | "busy" | "abandoned";

/** An analysis the pool did not finish, and why. */
export class AnalysisStoppedError extends Error {
  override name = "AnalysisStoppedError";
  constructor(
    readonly reason: AnalysisStopReason,
    message: string,
  ) {
    super(message);
  }
}

/** Whether `error` is an AnalysisStoppedError (checked by name too: server and Next bundles each have their own class). */
export function isAnalysisStopped(error: unknown): error is AnalysisStoppedError {
  return error instanceof AnalysisStoppedError || (error instanceof Error && error.name === "AnalysisStoppedError" && "reason" in error);
}
