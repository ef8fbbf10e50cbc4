import { z } from "zod";
import type { ArchiveInput } from "./types";

/** Largest article text accepted into the archive (characters), as for an analysis. */
export const MAX_ARTICLE_CHARS = 200_000;
/** Most articles one API call may add; larger imports go through the CLI, which streams. */
export const MAX_BATCH = 1_000;

const optionalText = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), z.string().trim().max(2_000).nullable().default(null));

/** One article as the API and the .jsonl import take it: `{ title?, url?, published?, text }`. */
export const articleInputSchema = z.object({
  title: optionalText,
  url: optionalText.refine((v) => v === null || /^https?:\/\/\S+$/i.test(v), { error: "url must be an http(s) address" }),
  published: optionalText.refine((v) => v === null || !Number.isNaN(Date.parse(v)), { error: "published must be a date such as 2026-03-01" }),
  text: z
    .string({ error: "text must be a string" })
    .refine((v) => v.trim().length > 0, { error: "text is empty" })
    .refine((v) => v.length <= MAX_ARTICLE_CHARS, { error: `text is over ${MAX_ARTICLE_CHARS.toLocaleString("en-US")} characters` })
    .refine((v) => !v.includes("\u0000"), { error: "text is not text: it contains binary data" }),
});

/** A parsed article, with a title taken from its first line when none was given. */
export function toArchiveInput(parsed: z.infer<typeof articleInputSchema>, fallbackTitle?: string): ArchiveInput {
  const firstLine = parsed.text.trim().split("\n")[0]!.trim().slice(0, 200);
  return { title: parsed.title ?? fallbackTitle ?? firstLine, url: parsed.url, published: parsed.published, text: parsed.text };
}

/** The first zod message, for a one-line report. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? issue.message : "the article is not valid";
}
