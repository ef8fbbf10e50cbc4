import { z } from "zod";
import { isAnalysisStopped } from "@/lib/analysis-runner/errors";
import { runAnalysisToJson } from "@/lib/analysis-runner/run-analysis";
import { clientKeyFrom } from "@/lib/client-address";
import { getConfig } from "@/lib/config";
import { checkRateLimit } from "@/lib/rate-limit";
import { requestOriginFrom, shareUrlFor } from "@/lib/share-url";
import { resolveLinks, withSourceUrls } from "@/lib/fetch/resolve-links";
import { getStore } from "@/lib/store";
import { analysisRequestSchema, isOverSizeLimit } from "@/lib/validation";
import { compressedJsonResponse } from "../_lib/gzip-once";
import { answering, errorResponse, withAnalysis } from "../_lib/responses";
import { maxBodyBytes, readJsonBody } from "../_lib/read-json-body";

/** `"store": false` analyses without saving: no id, no link, nothing written (embargoed text). */
const storeChoiceSchema = z.object({
  store: z.boolean({ error: 'The "store" field must be true or false.' }).optional(),
});

const BODY_MESSAGES = {
  empty: 'The request body is empty: send JSON such as {"suspect": "..."}.',
  "not-json": 'The request body is not valid JSON: send JSON such as {"suspect": "..."}.',
} as const;

/**
 * POST /api/analyses with `{ "original"?: string, "suspect": string, "store"?: boolean }`;
 * `originalUrl`/`suspectUrl` in place of a text fetch that article (lib/fetch).
 * 201 `{ id, url, deleteToken, expiresAt, analysis }` when stored; 200 `{ analysis }` with
 * `"store": false`; 400 bad input; 413 a text over UNSPUN_MAX_CHARS; 415 a body that is
 * not application/json; 422 an analysis over UNSPUN_ANALYSIS_TIMEOUT_MS; 429 over the rate
 * limit and 503 when too many analyses wait (both with Retry-After). See docs/api.md.
 */
export async function POST(request: Request): Promise<Response> {
  return answering("analyse the texts", async () => {
    const config = getConfig();
    // Only JSON: a cross-site HTML form can send text/plain or form bodies without asking,
    // and must not create results or spend a visitor's rate limit.
    if (!isJsonContentType(request.headers.get("content-type"))) {
      return errorResponse(415, 'Send the request as JSON, with Content-Type: application/json, such as {"suspect": "..."}.', {
        "Accept-Post": "application/json",
      });
    }
    const limit = checkRateLimit(clientKeyFrom(request.headers, config));
    if (!limit.allowed) {
      const seconds = limit.retryAfterSeconds;
      return errorResponse(429, `Too many analyses from this address: try again in ${seconds} second${seconds === 1 ? "" : "s"}.`, {
        "Retry-After": String(seconds),
      });
    }

    const body = await readJsonBody(request, maxBodyBytes(config.maxChars));
    if (!body.ok) {
      if (body.reason === "too-large") {
        return errorResponse(413, `The request is too large: each text may have at most ${config.maxChars.toLocaleString("en-US")} characters.`);
      }
      return errorResponse(400, BODY_MESSAGES[body.reason]);
    }
    if (typeof body.value !== "object" || body.value === null || Array.isArray(body.value)) {
      return errorResponse(400, BODY_MESSAGES["not-json"].replace("is not valid JSON", "is not a JSON object"));
    }

    // "originalUrl"/"suspectUrl": the server fetches the article and analyses its text.
    const links = await resolveLinks(body.value as Record<string, unknown>);
    if (!links.ok) return errorResponse(links.status, links.error);
    const parsed = analysisRequestSchema(config.maxChars).safeParse({ ...body.value, ...links.texts });
    if (!parsed.success) {
      const status = isOverSizeLimit(parsed.error) ? 413 : 400;
      const tooBig = parsed.error.issues.find((issue) => issue.code === "too_big");
      return errorResponse(status, (tooBig ?? parsed.error.issues[0])?.message ?? "The request is not valid.");
    }
    const choice = storeChoiceSchema.safeParse(body.value);
    if (!choice.success) return errorResponse(400, choice.error.issues[0]?.message ?? 'The "store" field is not valid.');

    let analysisJson: string;
    try {
      analysisJson = withSourceUrls(await runAnalysisToJson({ original: parsed.data.original, suspect: parsed.data.suspect }, { signal: request.signal }), links.urls);
    } catch (error) {
      if (!isAnalysisStopped(error)) throw error;
      if (error.reason === "busy") return errorResponse(503, `Could not analyse the texts now: ${error.message}`, { "Retry-After": "5" });
      if (error.reason === "timeout") {
        return errorResponse(422, `${error.message} Try shorter texts, or split the article.`);
      }
      return errorResponse(499, "The client went away: nothing was stored."); // nobody reads this
    }
    // A client that hung up while it ran holds neither the link nor the delete token: keep nothing.
    if (request.signal.aborted) return errorResponse(499, "The client went away: nothing was stored.");
    if (choice.data.store === false) return compressedJsonResponse(request, withAnalysis({}, analysisJson), 200);

    const store = await getStore();
    const saved = await store.saveJson(analysisJson);
    const url = shareUrlFor(saved.id, requestOriginFrom(request.headers, request.url));
    const about = { id: saved.id, url, deleteToken: saved.deleteToken, createdAt: saved.createdAt, expiresAt: saved.expiresAt };
    return compressedJsonResponse(request, withAnalysis(about, analysisJson), 201, { Location: `/api/analyses/${saved.id}` });
  }, request.signal);
}

/** application/json, with or without parameters (`; charset=utf-8`), in any letter case. */
function isJsonContentType(value: string | null): boolean {
  return value?.split(";")[0]?.trim().toLowerCase() === "application/json";
}

/** GET /api/analyses: results are never listed, so a link is only found by whoever was given it. */
export function GET(): Response {
  return errorResponse(405, "Results are never listed: read one with GET /api/analyses/{id}.", { Allow: "POST" });
}
