/** The word before a full stop, which decides whether the stop ends a sentence. */
/**
 * The run of letters, digits and . ' ’ - that ends at `dot`, within the 40 characters
 * before it (only the word before the dot matters, never the whole paragraph). Scans
 * backwards: an end-anchored regex tried every start in the window, for every full stop.
 */
export function wordBefore(body: string, dot: number): string {
  const windowStart = Math.max(0, dot - 40);
  let at = dot;
  while (at > windowStart) {
    const code = body.charCodeAt(at - 1);
    if (code < 128) {
      const isWordChar = (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) || code === 46 || code === 39 || code === 45;
      if (!isWordChar) break;
      at--;
      continue;
    }
    const pair = code >= 0xdc00 && code <= 0xdfff && at - 2 >= windowStart && /[\ud800-\udbff]/.test(body[at - 2] ?? "");
    const width = pair ? 2 : 1;
    if (!WORD_CHAR.test(body.slice(at - width, at))) break;
    at -= width;
  }
  return body.slice(at, dot);
}
const WORD_CHAR = /^[\p{L}\p{N}.'’-]$/u;
