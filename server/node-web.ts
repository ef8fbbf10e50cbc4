import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { SENT_AS_IS } from "@/app/api/_lib/gzip-once";
import { RAW_BODY } from "@/app/api/_lib/responses";

/**
 * A Web Request for a Node request, so route handlers written for Next (Request in,
 * Response out) can answer it directly. The body streams: the handler decides how much
 * of it to read (readJsonBody stops at the size limit).
 */
export function toWebRequest(request: IncomingMessage, reply?: ServerResponse): Request {
  // request.signal aborts when the client hangs up before the answer is sent, so an
  // analysis it asked for is dropped and nothing is stored.
  const hangUp = new AbortController();
  reply?.once("close", () => {
    if (!reply.writableFinished) hangUp.abort();
  });
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  const method = request.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD";
  const webRequest = new Request(requestUrl(request), {
    method,
    headers,
    body: hasBody ? (Readable.toWeb(request) as ReadableStream<Uint8Array>) : undefined,
    signal: hangUp.signal,
    // Required by Node's fetch for a streamed body.
    duplex: hasBody ? "half" : undefined,
  } as RequestInit);
  // sendWebResponse writes the answer as it is: a handler may send a body it gzipped itself.
  return Object.assign(webRequest, { [SENT_AS_IS]: true });
}

/** The request's URL from its Host header; a malformed Host (a bad client, not a server error) falls back to localhost. */
function requestUrl(request: IncomingMessage): string {
  const path = request.url?.startsWith("/") ? request.url : "/";
  try {
    return new URL(path, `http://${request.headers.host ?? "localhost"}`).href;
  } catch {
    return new URL(path, "http://localhost").href;
  }
}

/**
 * Writes a Web Response to a Node response. When the handler answered without reading
 * the whole body (a 413 stops at the limit), the connection is closed after the answer:
 * the unread rest of the body would otherwise be taken for the next request.
 */
export async function sendWebResponse(response: Response, reply: ServerResponse, request: IncomingMessage): Promise<void> {
  const raw = (response as { [RAW_BODY]?: Uint8Array })[RAW_BODY];
  const body = raw ? Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength) : response.body ? Buffer.from(await response.arrayBuffer()) : null;
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  if (body) headers["content-length"] = String(body.byteLength);
  // A refusal sent before a modest body was read (429, 415): read the rest first, so the
  // client, still sending, gets the answer instead of a reset connection.
  if (!request.complete && Number(request.headers["content-length"]) <= DRAIN_LIMIT_BYTES) await drain(request);
  if (!request.complete) headers["connection"] = "close";
  if (reply.destroyed) return; // the client is gone: nobody to answer
  reply.writeHead(response.status, headers);
  reply.end(body ?? undefined);
}

/** Bodies up to this size are read to the end before a refusal; larger ones (413) close the connection. */
const DRAIN_LIMIT_BYTES = 4 * 1024 * 1024;

/** Reads and discards the rest of a request body; gives up after 5 s (a client that stalls). */
function drain(request: IncomingMessage): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, 5_000);
    request.once("end", done).once("close", done).once("error", done);
    request.resume();
  });
}
