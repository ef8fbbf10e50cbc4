import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { acceptsGzip } from "@/app/api/_lib/gzip-once";
import { canDeleteResult } from "@/lib/delete-cookie";
import { contentSecurityPolicy, createNonce } from "@/lib/security-headers";
import { requestOriginFrom, shareUrlFor } from "@/lib/share-url";
import type { ResultStore } from "@/lib/store";
import { createPageCache, type PageCache } from "./page-cache";

/**
 * Memory for rendered review pages. A review page is a ~12 KB shell whatever the size of
 * its result (the browser loads the analysis itself), so this holds ~300 pages, the
 * owner's and the visitors' variant of each counting apart.
 */
export const DEFAULT_PAGE_CACHE_BYTES = 4 * 1024 * 1024;

/** Result ids, as app/r/[id]/page.tsx accepts them. */
const REVIEW_PATH = /^\/r\/([A-Za-z0-9_-]{1,64})$/;

/** Requests from Next's client router (RSC payloads, prefetches) and server actions: Next answers those. */
const NEXT_REQUEST_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];

/** The headers Next sends with a review page (besides the security headers the guard sets). */
const PAGE_HEADERS = {
  "Content-Type": "text/html; charset=utf-8",
  "Cache-Control": "private, no-cache, no-store, max-age=0, must-revalidate",
  Vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding",
  "X-Robots-Tag": "noindex, nofollow",
};

const gzipAsync = promisify(gzip);

export type ReviewPageCacheOptions = {
  store: () => Promise<Pick<ResultStore, "getJson" | "isOwnedBy">>;
  /** UNSPUN_TRUST_PROXY: whether X-Forwarded-Host chooses the share link's origin, as on the page. */
  trustProxy: boolean;
  maxBytes?: number;
};

export type ReviewPageCache = {
  /**
   * Answers a review page (`GET /r/{id}`) from the cache and returns true; otherwise has
   * `render` (Next) answer it, keeps what it rendered when that is a review page, and
   * returns true; returns false, having done nothing, for any other request.
   */
  answer(request: IncomingMessage, reply: ServerResponse, render: (request: IncomingMessage, reply: ServerResponse) => Promise<void>): Promise<boolean>;
  pages: PageCache;
};

/**
 * The production server's cache of rendered review pages. Results never change, so a
 * page differs between two views only by its CSP nonce, by whether the viewer may delete
 * the result (the Delete button) and by the origin of the share link (the Host header
 * without UNSPUN_BASE_URL): the cache key is the id, the permission and the share link,
 * and the nonce is a placeholder filled afresh on each hit, with the policy to match.
 * Every hit first reads the result through the store (memory for SQLite; a cheap isLive
 * check for PostgreSQL, see lib/store/read-cache.ts), so a deleted or expired result is a
 * 404 at once; deletes and the purge also evict (main.ts wires store.onResultGone).
 * Not used by `next dev`, nor when an archive is configured (its panel on the page
 * changes as the archive grows).
 */
export function createReviewPageCache(options: ReviewPageCacheOptions): ReviewPageCache {
  const pages = createPageCache(options.maxBytes ?? DEFAULT_PAGE_CACHE_BYTES);

  const answer: ReviewPageCache["answer"] = async (request, reply, render) => {
    const id = REVIEW_PATH.exec(request.url ?? "")?.[1];
    if (request.method !== "GET" || !id || NEXT_REQUEST_HEADERS.some((name) => request.headers[name] !== undefined)) return false;
    const headers = { get: (name: string) => headerValue(request, name) };
    const cookies = parseCookies(headerValue(request, "cookie"));
    let canDelete: boolean;
    try {
      const store = await options.store();
      if (!(await store.getJson(id))) {
        pages.forget(id);
        return false; // Next answers the 404
      }
      canDelete = await canDeleteResult(store, id, (name) => cookies.get(name));
    } catch {
      return false; // the database fails: Next renders, and answers with its error page as before
    }
    const shareUrl = shareUrlFor(id, requestOriginFrom(headers, undefined, options.trustProxy));
    const key = `${id} ${canDelete ? "owner" : "visitor"} ${shareUrl}`;

    const nonce = createNonce();
    const page = pages.get(key, nonce);
    if (page) {
      await sendPage(request, reply, page, nonce);
      return true;
    }
    // Rendered uncompressed, to be kept; Next answers with its own nonce and policy.
    const acceptEncoding = request.headers["accept-encoding"];
    delete request.headers["accept-encoding"];
    const rendered = capture(reply);
    try {
      await render(request, reply);
    } finally {
      request.headers["accept-encoding"] = acceptEncoding;
    }
    const html = await rendered;
    const renderedNonce = /'nonce-([^']+)'/.exec(String(reply.getHeader("content-security-policy") ?? ""))?.[1];
    // Only a page that says what this key says: the viewer's permission and share link.
    const says = html?.includes(`canDelete\\":${canDelete}`) && !html.includes(`canDelete\\":${!canDelete}`) && html.includes(shareUrl);
    if (html && renderedNonce && says && reply.statusCode === 200 && !reply.hasHeader("set-cookie")) pages.set(key, id, html, renderedNonce);
    return true;
  };

  return { answer, pages };
}

async function sendPage(request: IncomingMessage, reply: ServerResponse, page: Buffer, nonce: string): Promise<void> {
  const forwardedProto = headerValue(request, "x-forwarded-proto")?.split(",")[0]?.trim();
  const https = forwardedProto ? forwardedProto === "https" : "encrypted" in request.socket;
  const gzipped = acceptsGzip(headerValue(request, "accept-encoding"));
  const body = gzipped ? await gzipAsync(page) : page;
  if (reply.destroyed) return;
  reply.writeHead(200, {
    ...PAGE_HEADERS,
    "Content-Security-Policy": contentSecurityPolicy({ nonce, development: false, https }),
    ...(gzipped ? { "Content-Encoding": "gzip" } : {}),
    "Content-Length": String(body.byteLength),
  });
  reply.end(body);
}

/** Whatever `reply` is sent, as it goes out; resolves when it is finished (null when it was not, or was too large to keep). */
function capture(reply: ServerResponse): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  const keep = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function" || size > CAPTURE_LIMIT_BYTES) return;
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
    chunks.push(bytes);
    size += bytes.byteLength;
  };
  const write = reply.write.bind(reply) as (...args: unknown[]) => boolean;
  const end = reply.end.bind(reply) as (...args: unknown[]) => ServerResponse;
  reply.write = ((chunk: unknown, ...rest: unknown[]) => (keep(chunk, rest[0]), write(chunk, ...rest))) as typeof reply.write;
  reply.end = ((chunk?: unknown, ...rest: unknown[]) => (keep(chunk, rest[0]), end(chunk, ...rest))) as typeof reply.end;
  return new Promise((resolve) => {
    reply.once("finish", () => resolve(size > CAPTURE_LIMIT_BYTES ? null : Buffer.concat(chunks)));
    reply.once("close", () => resolve(null)); // after finish this changes nothing
  });
}

/** A review page larger than this is not a shell (an archive panel, a changed page): not kept. */
const CAPTURE_LIMIT_BYTES = 256 * 1024;

function headerValue(request: IncomingMessage, name: string): string | null {
  const value = request.headers[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

/** The Cookie header's name=value pairs, read as Next's cookies() reads them (the last of a repeated name wins). */
function parseCookies(header: string | null): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const pair of header?.split(/; */) ?? []) {
    if (!pair) continue;
    const at = pair.indexOf("=");
    if (at === -1) {
      cookies.set(pair, "true");
      continue;
    }
    try {
      cookies.set(pair.slice(0, at), decodeURIComponent(pair.slice(at + 1)));
    } catch {
      // a malformed %-escape: Next skips the pair too
    }
  }
  return cookies;
}
