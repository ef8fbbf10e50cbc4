/**
 * Rendered pages kept as templates: the HTML cut at every occurrence of the CSP nonce it
 * was rendered with, so each hit is joined again around a fresh nonce and no two
 * responses share one. Bounded by bytes; the least recently served page goes first.
 */
export type PageCache = {
  /** The page for `key` with `nonce` in every place the rendered nonce was, or null. */
  get(key: string, nonce: string): Buffer | null;
  /**
   * Keeps `html` (rendered with `nonce`) for `key`, a page of result `id`. Refused (false)
   * when the nonce does not occur in it (not a page rendered for this request) or when
   * the page is larger than a quarter of the bound.
   */
  set(key: string, id: string, html: Buffer, nonce: string): boolean;
  /** Forgets every page of result `id`; with null, every page. */
  forget(id: string | null): void;
  /** Bytes held (the pages' HTML without their nonces). */
  bytes(): number;
};

type Entry = { id: string; parts: Buffer[]; bytes: number };

/** Creates an empty cache holding at most `maxBytes` of HTML. */
export function createPageCache(maxBytes: number): PageCache {
  const entries = new Map<string, Entry>();
  let bytes = 0;

  const drop = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.bytes;
  };

  return {
    get(key, nonce) {
      const entry = entries.get(key);
      if (!entry) return null;
      entries.delete(key); // move to the most recently served end
      entries.set(key, entry);
      const fresh = Buffer.from(nonce);
      const pieces: Buffer[] = [];
      entry.parts.forEach((part, index) => {
        if (index > 0) pieces.push(fresh);
        pieces.push(part);
      });
      return Buffer.concat(pieces);
    },
    set(key, id, html, nonce) {
      const parts = splitAt(html, Buffer.from(nonce));
      const size = parts.reduce((sum, part) => sum + part.byteLength, 0);
      if (parts.length < 2 || size > maxBytes / 4) return false;
      drop(key);
      entries.set(key, { id, parts, bytes: size });
      bytes += size;
      for (const [oldest] of entries) {
        if (bytes <= maxBytes) break;
        drop(oldest); // Map order is insertion order: the first is the least recently served
      }
      return true;
    },
    forget(id) {
      for (const [key, entry] of entries) if (id === null || entry.id === id) drop(key);
    },
    bytes: () => bytes,
  };
}

/** `html` cut at every occurrence of `separator` (copies, so the rendered buffer can go). */
function splitAt(html: Buffer, separator: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = html.indexOf(separator); at !== -1; at = html.indexOf(separator, from)) {
    parts.push(Buffer.from(html.subarray(from, at)));
    from = at + separator.byteLength;
  }
  parts.push(Buffer.from(html.subarray(from)));
  return parts;
}
