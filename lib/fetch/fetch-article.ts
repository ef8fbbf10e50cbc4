import { decodePage, extractArticle, type ExtractedArticle } from "./extract-article";
import { FetchRefusal } from "./fetch-refusal";
import { fetchPolicyFromEnv, type FetchPolicy } from "./fetch-policy";
import { guardedGet } from "./guarded-get";

export { FetchRefusal } from "./fetch-refusal";
export { isLink } from "./is-link";

/** An article read from a link: `url` is where it ended up after redirects. */
export type FetchedArticle = ExtractedArticle & { url: string; requestedUrl: string };

/**
 * Fetches the page at `link` (guardedGet: public http(s) addresses only, size and time
 * limits) and extracts its article (extractArticle). A plain-text page is taken as it
 * is. Throws FetchRefusal with a message for the editor and an HTTP status.
 */
export async function fetchArticle(link: string, policy: FetchPolicy = fetchPolicyFromEnv()): Promise<FetchedArticle> {
  const page = await guardedGet(link, policy);
  const type = page.contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  const html = decodePage(page.body, page.contentType);
  const about = { url: page.url, requestedUrl: link.trim() };
  if (type === "text/plain") {
    if (!html.trim()) throw new FetchRefusal("no-article", "The page at that link is empty.");
    return { title: null, byline: null, siteName: null, text: html.replace(/^\uFEFF/, ""), ...about };
  }
  if (type && type !== "text/html" && type !== "application/xhtml+xml") {
    throw new FetchRefusal("not-html", `The link is not a web page (it is ${type}): Unspun reads articles from HTML pages.`);
  }
  return { ...extractArticle(html, page.url), ...about };
}
