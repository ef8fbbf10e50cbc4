import { gzip } from "node:zlib";
import { rawJsonResponse } from "./responses";

/**
 * Bodies below this size go out as they are: there the bytes saved on the wire are few
 * and the result would hold a second copy for little. The soak's large results are 1.1 MB
 * (two 200,000-character texts of prose, 87 KB gzipped) and 6 MB (the tiny-sentence
 * pair, 0.74 MB).
 */
export const GZIP_MIN_BYTES = 16 * 1024;

/**
 * Level 6, zlib's default, measured on those two: 8 and 37 ms (once, on libuv's thread
 * pool, not the thread that answers requests); level 9 saves under 4% more for 3-4 times
 * the time, level 1 gives 2-33% larger bodies.
 */
const GZIP_LEVEL = 6;

/**
 * Set by the production server (server/node-web.ts) on the Requests it builds: it writes a
 * handler's answer to the socket as it is, so a gzipped body goes out once. Under Next's
 * own pipeline (`next dev`) the mark is absent and handlers answer uncompressed: Next
 * compresses by itself there, and would gzip a gzipped body again.
 */
export const SENT_AS_IS = Symbol.for("unspun.sentAsIs");

/** Whether a handler may answer `request` with a body it compressed itself (see SENT_AS_IS). */
export function isSentAsIs(request: Request): boolean {
  return (request as { [SENT_AS_IS]?: boolean })[SENT_AS_IS] === true;
}

const compressed = new WeakMap<object, Promise<Uint8Array<ArrayBuffer>>>();

/**
 * The gzip of `body()`, computed once per `owner` (a stored result as the read cache holds
 * it) and kept as long as the owner is: a cached result is compressed once, however often
 * it is read, and its compressed copy goes when the cache lets the result go. Concurrent
 * first reads share one compression. The work runs on the thread pool; `body` is called
 * only when there is no compressed copy yet.
 */
export function gzipOnce(owner: object, body: () => Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  let pending = compressed.get(owner);
  if (!pending) {
    pending = new Promise((resolve, reject) =>
      gzip(body(), { level: GZIP_LEVEL }, (error, result) => (error ? reject(error) : resolve(result as Uint8Array<ArrayBuffer>))),
    );
    compressed.set(owner, pending);
    pending.catch(() => compressed.delete(owner)); // a failure is not remembered
  }
  return pending;
}

/**
 * Whether an Accept-Encoding header allows gzip: `gzip` or `*` listed without `q=0`
 * (`gzip;q=0` refuses it even when `*` is allowed). No header: no (RFC 9110 lets a
 * server pick any coding then, but a client that sends none may not decode one).
 */
export function acceptsGzip(header: string | null): boolean {
  if (!header) return false;
  let star = false;
  for (const part of header.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    const allowed = q === undefined || Number(q) > 0;
    if (name.trim() === "gzip" || name.trim() === "x-gzip") return allowed;
    if (name.trim() === "*") star = allowed;
  }
  return star;
}

/**
 * rawJsonResponse for a body sent once (a new result's 201): gzipped on the thread pool
 * when it is GZIP_MIN_BYTES or more, the client accepts gzip and the production server
 * sends it as it is. The 6 MB answer to the tiny-sentence pair then goes out as 0.74 MB,
 * instead of one 6 MB write on the thread that answers everyone.
 */
export async function compressedJsonResponse(
  request: Request,
  body: Uint8Array<ArrayBuffer>,
  status: number,
  headers: Record<string, string> = {},
): Promise<Response> {
  if (body.byteLength < GZIP_MIN_BYTES || !isSentAsIs(request) || !acceptsGzip(request.headers.get("accept-encoding"))) {
    return rawJsonResponse(body, status, headers);
  }
  const gzipped = await gzipOnce({}, () => body);
  return rawJsonResponse(gzipped, status, { ...headers, "Content-Encoding": "gzip", Vary: "Accept-Encoding" });
}
