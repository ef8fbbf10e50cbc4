import { htmlToText } from "@/lib/input/html-to-text";

/**
 * Markup that only a page's source has: a closing block tag, a <br>, or a document start.
 * A news text may mention "<" or a tag name in passing; it does not close a </p>.
 */
const PAGE_MARKUP = /<\/(p|div|article|section|h[1-6]|li|blockquote|td|span|a|em|strong)\s*>|<br\s*\/?>|<!doctype\s+html|<html[\s>]/i;

/**
 * The text to insert for a paste: HTML source (pasted from "view source" or a CMS's HTML
 * view) is reduced to its article text the way an uploaded .html file is, paragraphs kept
 * (lib/input/html-to-text.ts); anything else is returned as null, for the browser's own paste.
 */
export function cleanPastedText(plain: string): string | null {
  if (!PAGE_MARKUP.test(plain)) return null;
  const text = htmlToText(plain);
  return text ? text : null;
}
