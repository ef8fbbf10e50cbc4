import { z } from "zod";
import type { ArchiveArticle } from "./types";

/**
 * The field an analysis gains when its original came from the archive (added to the
 * contract's Analysis, never replacing anything): which article, its score, and whether
 * Unspun chose it on its own ("automatic") or the editor did ("chosen").
 */
export const archiveSourceSchema = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string().nullable(),
  published: z.string().nullable(),
  score: z.number(),
  how: z.enum(["automatic", "chosen"]),
});
export type ArchiveSource = z.infer<typeof archiveSourceSchema>;

/** Splices `archiveSource` into an analysis already serialised as a JSON object. */
export function withArchiveSource(analysisJson: string, article: Pick<ArchiveArticle, "id" | "title" | "url" | "published">, score: number, how: ArchiveSource["how"]): string {
  const source: ArchiveSource = { id: article.id, title: article.title, url: article.url, published: article.published, score, how };
  const trimmed = analysisJson.trimEnd();
  return `${trimmed.slice(0, -1)},"archiveSource":${JSON.stringify(source)}}`;
}

/** The archive source recorded in an analysis, or null (also for a malformed one). */
export function archiveSourceOf(analysis: unknown): ArchiveSource | null {
  const parsed = archiveSourceSchema.safeParse((analysis as { archiveSource?: unknown } | null)?.archiveSource);
  return parsed.success ? parsed.data : null;
}
