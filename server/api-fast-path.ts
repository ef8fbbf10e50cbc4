import type { IncomingMessage, ServerResponse } from "node:http";
import * as collection from "@/app/api/analyses/route";
import * as single from "@/app/api/analyses/[id]/route";
import { errorResponse } from "@/app/api/_lib/responses";
import { sendWebResponse, toWebRequest } from "./node-web";

type Handler = (request: Request) => Promise<Response> | Response;

/**
 * The JSON API's own route handlers (app/api/analyses/**), called straight from the HTTP
 * server instead of through Next's request pipeline, which costs ~2 ms of CPU a request
 * (routing, request and response wrapping): at 50 concurrent readers that alone put p95
 * near 200 ms. The handlers are the same functions Next calls under `next dev`, so both
 * paths give the same answers. Methods a file does not export (HEAD, OPTIONS) go to
 * Next, which answers them as usual.
 */
function handlerFor(method: string, pathname: string): Handler | null {
  if (pathname === "/api/analyses") return pick(collection, method, null);
  const match = /^\/api\/analyses\/([^/]+)$/.exec(pathname);
  if (!match?.[1]) return null;
  let id: string;
  try {
    id = decodeURIComponent(match[1]);
  } catch {
    return () => errorResponse(400, "The result id in the path is not valid: it has a malformed %-escape.");
  }
  return pick(single, method, id);
}

function pick(routes: Record<string, unknown>, method: string, id: string | null): Handler | null {
  if (!/^(GET|POST|DELETE|PUT|PATCH)$/.test(method)) return null;
  const handler = routes[method];
  if (typeof handler !== "function") return null;
  return (request) => handler(request, { params: Promise.resolve({ id }) }) as Promise<Response>;
}

/**
 * Answers an API request and returns true, or returns false for Next to handle it. A 429
 * (too many analyses) is sent after `holdRefusal` (see hold-refusal.ts); none by default.
 */
export async function answerApiRequest(
  request: IncomingMessage,
  reply: ServerResponse,
  holdRefusal?: (reply: ServerResponse) => Promise<void>,
): Promise<boolean> {
  const pathname = (request.url ?? "/").split("?")[0] ?? "/";
  if (!pathname.startsWith("/api/")) return false;
  const handler = handlerFor(request.method ?? "GET", pathname);
  if (!handler) return false;
  const response = await handler(toWebRequest(request, reply));
  if (response.status === 429 && holdRefusal) await holdRefusal(reply);
  await sendWebResponse(response, reply, request);
  return true;
}
