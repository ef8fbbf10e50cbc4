import { z } from "zod";
import { FINDING_KINDS } from "@/lib/analysis/types";
import type { WatchRow } from "./watch-row";

/** Where the browser keeps the last watch table of a tab (sessionStorage: this tab only, gone when it closes). */
export const STORED_WATCH_KEY = "unspun:last-watch";

const watchRowSchema = z.object({
  name: z.string(),
  sourceUrl: z.string().nullable(),
  id: z.string().optional(),
  url: z.string().optional(),
  deleteToken: z.string().optional(),
  spinScore: z.number().optional(),
  verdict: z.string().optional(),
  counts: z.partialRecord(z.enum(FINDING_KINDS), z.number().int().nonnegative()).optional(),
  error: z.string().optional(),
});
const storedWatchSchema = z.object({ version: z.literal(1), rows: z.array(watchRowSchema) });

/** The watch table as the browser stores it: versioned JSON. */
export function encodeStoredWatch(rows: readonly WatchRow[]): string {
  return JSON.stringify({ version: 1, rows });
}

/** The rows of a stored watch table, or null for nothing stored, another version or anything malformed. */
export function decodeStoredWatch(stored: string | null): WatchRow[] | null {
  if (!stored) return null;
  try {
    const parsed = storedWatchSchema.safeParse(JSON.parse(stored));
    return parsed.success ? (parsed.data.rows as WatchRow[]) : null;
  } catch {
    return null;
  }
}
