import type { WatchRow } from "@/lib/watch/watch-row";

/**
 * What watchAction returns to useActionState: "invalid" with `error` (nothing ran),
 * "failed" (rate limit, server error), or "done" with the ranked rows.
 */
export type WatchFormState = {
  status: "idle" | "invalid" | "failed" | "done";
  error?: string;
  rows?: WatchRow[];
};

export const INITIAL_WATCH_STATE: WatchFormState = { status: "idle" };
