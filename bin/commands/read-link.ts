import { fetchArticle } from "@/lib/fetch/fetch-article";
import type { SourceUrls } from "@/lib/fetch/resolve-links";

/**
 * The article text at `link` for the CLI (a URL given in place of FILE), under the same
 * guard as the server (lib/fetch; UNSPUN_FETCH_ALLOW_PRIVATE lets it reach the local
 * network). Records the URL the article was read from in `sources`. Throws FetchRefusal,
 * which the CLI reports as bad input (exit 2).
 */
export async function readLink(link: string, side: "original" | "suspect", sources: SourceUrls): Promise<string> {
  const article = await fetchArticle(link);
  sources[`${side}Url`] = article.url;
  return article.text;
}
