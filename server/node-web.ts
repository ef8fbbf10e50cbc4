import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";

/**
 * A Web Request for a Node request, so route handlers written for Next (Request in,
 * Response out) can answer it directly. The body streams: the handler decides how much
 * of it to read (readJsonBody stops at the size limit).
 */
export function toWebRequest(request: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  const method = request.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD";
  return new Request(`http://${request.headers.host ?? "localhost"}${request.url ?? "/"}`, {
    method,
    headers,
    body: hasBody ? (Readable.toWeb(request) as ReadableStream<Uint8Array>) : undefined,
    // Required by Node's fetch for a streamed body.
    duplex: hasBody ? "half" : undefined,
  } as RequestInit);
}

/** Writes a Web Response to a Node response. */
export async function sendWebResponse(response: Response, reply: ServerResponse): Promise<void> {
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : null;
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  if (body) headers["content-length"] = String(body.byteLength);
  reply.writeHead(response.status, headers);
  reply.end(body ?? undefined);
}
