import { BASE_SECURITY_HEADERS } from "@/lib/security-headers";

/**
 * JSON responses of the HTTP API. Every answer is JSON, never cached (results are private
 * to whoever holds the link, and deletable) and never indexed; every error is
 * `{ "error": "one sentence" }`. proxy.ts skips /api, so the security headers are set here;
 * a JSON answer opened in a browser tab may load and run nothing.
 */
export const API_HEADERS: Readonly<Record<string, string>> = {
  ...BASE_SECURITY_HEADERS,
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
  "Cache-Control": "no-store",
  "X-Robots-Tag": "noindex",
};

/** A JSON answer with the API's headers. */
export function jsonResponse(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...API_HEADERS, ...headers } });
}

/**
 * Where rawJsonResponse leaves its bytes for the production server (server/node-web.ts),
 * which writes them to the socket as they are: reading a 7 MB body back out of a Response
 * stream copies it again on the thread that answers everyone.
 */
export const RAW_BODY = Symbol.for("unspun.rawBody");

/** A JSON answer whose body is already JSON (UTF-8 bytes). */
export function rawJsonResponse(json: Uint8Array<ArrayBuffer>, status: number, headers: Record<string, string> = {}): Response {
  const response = new Response(json, { status, headers: { ...API_HEADERS, "Content-Type": "application/json", ...headers } });
  return Object.assign(response, { [RAW_BODY]: json });
}

/**
 * `fields` plus `"analysis"` as one JSON object, the analysis spliced in as the JSON it
 * already is (text or UTF-8 bytes): re-serialising a result costs more than the rest of
 * a request.
 */
export function withAnalysis(fields: Record<string, unknown>, analysisJson: string | Uint8Array): Uint8Array<ArrayBuffer> {
  const head = JSON.stringify(fields).slice(0, -1);
  const open = Buffer.from(`${head}${head.length > 1 ? "," : ""}"analysis":`);
  const analysis = typeof analysisJson === "string" ? Buffer.from(analysisJson) : analysisJson;
  return Buffer.concat([open, analysis, CLOSING_BRACE]) as Uint8Array<ArrayBuffer>;
}

const CLOSING_BRACE = Buffer.from("}");

/** An error answer: `{ "error": message }`. */
export function errorResponse(status: number, message: string, headers: Record<string, string> = {}): Response {
  return jsonResponse({ error: message }, status, headers);
}

/** 204 with the API's headers. */
export function noContent(): Response {
  return new Response(null, { status: 204, headers: API_HEADERS });
}

/**
 * Runs a handler and turns an unexpected exception (a bug, a database outage) into a JSON
 * 500 or 503 that says what failed, logging the details on the server only.
 */
export async function answering(what: string, handler: () => Promise<Response>, signal?: AbortSignal): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    if (signal?.aborted || isClientGone(error)) {
      // Not a failure of ours: one quiet line, and an answer nobody will read.
      console.log(`${what}: the client went away before the answer.`);
      return errorResponse(499, "The client went away before the answer.");
    }
    console.error(`${what} failed:`, error);
    if (isDatabaseUnavailable(error)) {
      return errorResponse(503, `Could not ${what}: the result store is unavailable, try again shortly.`, { "Retry-After": "5" });
    }
    return errorResponse(500, `Could not ${what} because of an error on the server.`);
  }
}

/** The errors a request body's stream throws when its client hangs up mid-upload. */
export function isClientGone(error: unknown): boolean {
  const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown };
  return name === "AbortError" || code === "ECONNRESET" || code === "ERR_STREAM_PREMATURE_CLOSE" || code === "ABORT_ERR";
}

/** Connection-level failures worth a retry: refused, reset, timed out, too many clients, locked. */
function isDatabaseUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    typeof code === "string" &&
    ["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "57014", "57P01", "57P03", "53300", "SQLITE_BUSY", "SQLITE_LOCKED"].includes(code)
  );
}
