import type { IncomingMessage, ServerResponse } from "node:http";
import { API_HEADERS, isClientGone } from "@/app/api/_lib/responses";
import { clientKeyFrom } from "@/lib/client-address";
import type { Config } from "@/lib/config";
import { createRateLimiter, type RateLimiter } from "@/lib/rate-limit";
import { BASE_SECURITY_HEADERS } from "@/lib/security-headers";
import { createRefusalHold } from "./hold-refusal";

/** A JSON error with the API's headers (security headers included), written straight to the socket. */
export function sendError(reply: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  if (reply.headersSent || reply.destroyed) return;
  const body = JSON.stringify({ error: message });
  reply.writeHead(status, { ...API_HEADERS, "Content-Type": "application/json", "Content-Length": String(Buffer.byteLength(body)), ...headers });
  reply.end(body);
}

/**
 * Checks a request before anything answers it, and answers it when it must go no further:
 * a path with a malformed %-escape is a 400 (decoding it would throw deep inside the
 * router, a bare 500); a client reading more results a minute (review pages and GET
 * /api/analyses/{id} together) than UNSPUN_PAGE_RATE_LIMIT gets 429 with Retry-After, after
 * `holdRefusal` (a second by default). Otherwise it puts the security headers
 * on the reply, so whatever answers (a page, a static file, an error page) carries them.
 * Returns true when it answered.
 */
export function createRequestGuard(
  config: Config,
  holdRefusal: (reply: ServerResponse) => Promise<void> = createRefusalHold(),
): (request: IncomingMessage, reply: ServerResponse) => boolean {
  const pageViews: RateLimiter = createRateLimiter(config.pageRateLimitPerMinute);
  return (request, reply) => {
    const pathname = (request.url ?? "/").split("?")[0] ?? "/";
    try {
      decodeURIComponent(pathname);
    } catch {
      sendError(reply, 400, "The address is not valid: it has a malformed %-escape.");
      return true;
    }
    // A review page and the stored result its browser then loads count against one budget.
    const readsResult = pathname.startsWith("/r/") || /^\/api\/analyses\/[^/]+$/.test(pathname);
    if ((request.method === "GET" || request.method === "HEAD") && readsResult) {
      const headers = { get: (name: string) => headerValue(request, name) };
      const decision = pageViews.check(`page:${clientKeyFrom(headers, config)}`);
      if (!decision.allowed) {
        const seconds = decision.retryAfterSeconds;
        // Sent after a hold (hold-refusal.ts), so a client that asks again at once cannot make this thread spin on refusals.
        void holdRefusal(reply).then(() =>
          sendError(reply, 429, `Too many results read from this address: try again in ${seconds} second${seconds === 1 ? "" : "s"}.`, {
            "Retry-After": String(seconds),
          }),
        );
        return true;
      }
    }
    for (const [name, value] of Object.entries(BASE_SECURITY_HEADERS)) reply.setHeader(name, value);
    return false;
  };
}

function headerValue(request: IncomingMessage, name: string): string | null {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

/**
 * What to do with an error that escaped every handler: a client that hung up is one quiet
 * line (not ours to fix); anything else is logged in full and answered 500 with the
 * security headers.
 */
export function answerUnexpected(request: IncomingMessage, reply: ServerResponse, error: unknown): void {
  if (isClientGone(error) || reply.destroyed || request.destroyed) {
    console.log(`${request.method} ${request.url}: the client went away before the answer.`);
    reply.destroy();
    return;
  }
  console.error(`${request.method} ${request.url} failed:`, error);
  if (!reply.headersSent) sendError(reply, 500, "The server could not answer because of an error on the server.");
  else reply.destroy();
}
