import { z } from "zod";
import { fetchArticle, FetchRefusal, type FetchedArticle } from "./fetch-article";
import type { FetchPolicy } from "./fetch-policy";

/** Longer than any link a browser keeps in its address bar (~2 KB in practice is the safe limit). */
const MAX_URL_CHARS = 2048;

const linkField = (side: string) =>
  z
    .string({ error: `The ${side} link must be text (an http or https address).` })
    .trim()
    .min(1, { error: `The ${side} link is empty.` })
    .max(MAX_URL_CHARS, { error: `The ${side} link is too long: at most ${MAX_URL_CHARS} characters.` })
    .optional()
    .nullable();

/** The link fields of a request: `originalUrl` and `suspectUrl` beside `original` and `suspect`. */
export const linkFieldsSchema = z.object({ originalUrl: linkField("original"), suspectUrl: linkField("suspect") });

/** Where each side's text came from: the URL its article was read from (after redirects). */
export type SourceUrls = { originalUrl?: string; suspectUrl?: string };

export type ResolvedLinks =
  | { ok: true; texts: { original?: string; suspect?: string }; urls: SourceUrls; articles: { original?: FetchedArticle; suspect?: FetchedArticle } }
  | { ok: false; status: number; error: string };

/**
 * Fetches the articles a request names by link (`originalUrl`, `suspectUrl`) and gives
 * their texts to analyse in place of `original` and `suspect`. A side given both as text
 * and as a link is a 400; a refused fetch answers with its own status and message, the
 * side named ("The suspect link: …").
 */
export async function resolveLinks(body: Record<string, unknown>, policy?: FetchPolicy): Promise<ResolvedLinks> {
  const parsed = linkFieldsSchema.safeParse(body);
  if (!parsed.success) return { ok: false, status: 400, error: parsed.error.issues[0]?.message ?? "A link field is not valid." };
  const result: Extract<ResolvedLinks, { ok: true }> = { ok: true, texts: {}, urls: {}, articles: {} };
  for (const side of ["original", "suspect"] as const) {
    const link = parsed.data[`${side}Url`];
    if (!link) continue;
    if (typeof body[side] === "string" && (body[side] as string).trim()) {
      return { ok: false, status: 400, error: `Send the ${side} either as text ("${side}") or as a link ("${side}Url"), not both.` };
    }
    try {
      const article = await fetchArticle(link, policy);
      result.texts[side] = article.text;
      result.urls[`${side}Url`] = article.url;
      result.articles[side] = article;
    } catch (error) {
      if (error instanceof FetchRefusal) return { ok: false, status: error.status, error: `The ${side} link could not be used. ${error.message}` };
      throw error;
    }
  }
  return result;
}

/**
 * The Analysis JSON with `originalUrl` / `suspectUrl` added at its top (the contract only
 * ever adds fields), spliced in so the analysis is not parsed and serialised again.
 */
export function withSourceUrls(analysisJson: string, urls: SourceUrls): string {
  const fields = JSON.stringify({ ...(urls.originalUrl ? { originalUrl: urls.originalUrl } : {}), ...(urls.suspectUrl ? { suspectUrl: urls.suspectUrl } : {}) });
  if (fields === "{}") return analysisJson;
  return `${fields.slice(0, -1)},${analysisJson.trimStart().slice(1)}`;
}
