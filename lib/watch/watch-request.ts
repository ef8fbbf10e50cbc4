import { z } from "zod";
import type { WatchCopy } from "./run-watch";

/** Copies one watch may compare: a newsroom's weekly check, small enough to finish within a request. */
export const MAX_WATCH_COPIES = 50;

/**
 * The largest POST /api/watch body: the original and ten copies of UNSPUN_MAX_CHARS each
 * at JSON's worst 6 bytes a character, plus 64 KB for names and links. Many copies of
 * ordinary length fit; a watch of many huge copies goes in several requests.
 */
export function maxWatchBodyBytes(maxChars: number): number {
  return 11 * maxChars * 6 + 64 * 1024;
}

const copySchema = z.union(
  [
    z.string(),
    z.object({
      text: z.string({ error: "A copy's text must be a string." }).optional(),
      url: z.string({ error: "A copy's url must be a string." }).max(2048, { error: "A copy's link is too long: at most 2048 characters." }).optional(),
      name: z.string({ error: "A copy's name must be a string." }).max(200, { error: "A copy's name is too long: at most 200 characters." }).optional(),
    }).refine((copy) => !(copy.text?.trim() && copy.url?.trim()), { error: 'Give each copy either "text" or "url", not both.' }),
  ],
  { error: 'Each copy must be its text, or an object with "text" or "url" (and an optional "name").' },
);

/**
 * POST /api/watch's body: `{ original?, originalUrl?, suspects: [text | {text?, url?, name?}] }`.
 * The original's size is checked by the analysis schema; each copy's by runWatch, row by row.
 */
export const watchRequestSchema = z.object({
  suspects: z
    .array(copySchema, { error: 'Send the copies to compare as "suspects": a list of texts or {"url": ...} objects.' })
    .min(1, { error: 'Send at least one copy in "suspects".' })
    .max(MAX_WATCH_COPIES, { error: `A watch compares at most ${MAX_WATCH_COPIES} copies at once: split the list.` }),
});

/** The copies of a parsed request, each with the name its row shows. */
export function copiesFrom(suspects: z.infer<typeof watchRequestSchema>["suspects"]): WatchCopy[] {
  return suspects.map((copy, index) => {
    if (typeof copy === "string") return { name: `Copy ${index + 1}`, text: copy };
    const name = copy.name?.trim() || copy.url?.trim() || `Copy ${index + 1}`;
    return { name, ...(copy.text !== undefined ? { text: copy.text } : {}), ...(copy.url?.trim() ? { url: copy.url.trim() } : {}) };
  });
}
