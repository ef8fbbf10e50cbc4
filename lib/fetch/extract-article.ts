import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { htmlToText } from "@/lib/input/html-to-text";
import { FetchRefusal } from "./fetch-refusal";

/** What a page's article is: its title, byline and site, and the body as plain paragraphs. */
export type ExtractedArticle = { title: string | null; byline: string | null; siteName: string | null; text: string };

/** Fewer characters than this is a teaser or an error page, not an article to compare. */
const MIN_ARTICLE_CHARS = 200;

/**
 * Extracts the article from a page's HTML with Mozilla's Readability (the reader view of
 * Firefox) over a linkedom document, then turns the article's HTML into plain paragraphs
 * with htmlToText. The title and byline are kept apart from the body: the body is what
 * gets compared. Throws FetchRefusal("no-article") when the page has no article in it.
 */
export function extractArticle(html: string, url: string): ExtractedArticle {
  const { document } = parseHTML(html);
  let parsed: ReturnType<Readability["parse"]> = null;
  try {
    // Readability resolves relative links against the document's address.
    Object.defineProperty(document, "documentURI", { value: url, configurable: true });
    parsed = new Readability(document as unknown as Document).parse();
  } catch {
    parsed = null;
  }
  const text = parsed?.content ? htmlToText(parsed.content).trim() : "";
  if (!parsed || text.length < MIN_ARTICLE_CHARS) {
    throw new FetchRefusal("no-article", "No article text was found on that page: open it in a browser, copy the article and paste it instead.");
  }
  return { title: clean(parsed.title), byline: clean(parsed.byline), siteName: clean(parsed.siteName), text };
}

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.replace(/\s+/g, " ").trim();
  return trimmed ? trimmed : null;
}

/**
 * The page's text from its bytes: the charset from the Content-Type header, else from a
 * <meta charset>, else UTF-8. An unknown charset label falls back to UTF-8.
 */
export function decodePage(body: Buffer, contentType: string): string {
  const declared = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1] ?? /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(body.subarray(0, 2048).toString("latin1"))?.[1];
  try {
    return new TextDecoder(declared ?? "utf-8").decode(body);
  } catch {
    return new TextDecoder("utf-8").decode(body);
  }
}
