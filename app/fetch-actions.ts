"use server";

import { headers } from "next/headers";
import { clientKeyFrom } from "@/lib/client-address";
import { getConfig } from "@/lib/config";
import { fetchArticle, FetchRefusal } from "@/lib/fetch/fetch-article";
import { checkRateLimit } from "@/lib/rate-limit";
import { rateLimitMessage } from "@/components/home/analyze-messages";
import type { LinkPreviewResult } from "@/components/fetch/link-preview-result";

/** How many characters of the body the preview shows: the first lines, enough to recognise the story. */
const PREVIEW_CHARS = 600;

/**
 * Fetches the article at `link` for the home form's preview (lib/fetch guards the fetch):
 * title, byline, site, the first lines and the whole text, which the editor confirms
 * before it goes into the field. Counted against the rate limit in its own bucket, so
 * previews cannot be used to make the server fetch without limit.
 */
export async function fetchArticleAction(link: string): Promise<LinkPreviewResult> {
  try {
    const config = getConfig();
    const limit = checkRateLimit(`fetch:${clientKeyFrom(await headers(), config)}`);
    if (!limit.allowed) return { ok: false, error: rateLimitMessage(limit.retryAfterSeconds).replace("analyses", "link fetches") };
    const article = await fetchArticle(String(link));
    if (article.text.length > config.maxChars) {
      return { ok: false, error: `The article at that link has ${article.text.length.toLocaleString("en-US")} characters, over the limit of ${config.maxChars.toLocaleString("en-US")}.` };
    }
    return { ok: true, article: { ...article, preview: article.text.slice(0, PREVIEW_CHARS), words: article.text.split(/\s+/).filter(Boolean).length } };
  } catch (error) {
    if (error instanceof FetchRefusal) return { ok: false, error: error.message };
    console.error("fetchArticleAction failed:", error);
    return { ok: false, error: "Something went wrong on our side while reading that link: try again, or paste the article." };
  }
}
