import { runAnalysisToJson } from "@/lib/analysis-runner/run-analysis";
import { clientKeyFrom } from "@/lib/client-address";
import { getConfig } from "@/lib/config";
import { resolveLinks } from "@/lib/fetch/resolve-links";
import { checkRateLimit } from "@/lib/rate-limit";
import { requestOriginFrom, shareUrlFor } from "@/lib/share-url";
import { getStore } from "@/lib/store";
import { analysisRequestSchema } from "@/lib/validation";
import { runWatch } from "@/lib/watch/run-watch";
import { copiesFrom, maxWatchBodyBytes, watchRequestSchema } from "@/lib/watch/watch-request";
import { answering, errorResponse, jsonResponse } from "../_lib/responses";
import { readJsonBody } from "../_lib/read-json-body";

/**
 * POST /api/watch with `{ "original" | "originalUrl", "suspects": [text | {text?, url?, name?}] }`:
 * each copy is analysed against the original and stored like POST /api/analyses, and the
 * answer is `200 { rows }` ranked by spin score, highest first; a copy that could not be
 * used has a row with `error`. 400 bad input, 403/413/422 a refused original link,
 * 413 too large, 429 when the copies exceed the rate limit (each counts as one analysis).
 * See docs/api.md.
 */
export async function POST(request: Request): Promise<Response> {
  return answering("watch the copies", async () => {
    const config = getConfig();
    const body = await readJsonBody(request, maxWatchBodyBytes(config.maxChars));
    if (!body.ok) {
      if (body.reason === "too-large") return errorResponse(413, "The request is too large: send fewer or shorter copies per watch.");
      return errorResponse(400, 'The request body is not valid JSON: send {"original": "...", "suspects": ["...", {"url": "https://..."}]}.');
    }
    if (typeof body.value !== "object" || body.value === null || Array.isArray(body.value)) {
      return errorResponse(400, 'The request body is not a JSON object: send {"original": "...", "suspects": [...]}.');
    }
    const fields = body.value as Record<string, unknown>;
    const parsedCopies = watchRequestSchema.safeParse(fields);
    if (!parsedCopies.success) {
      const tooMany = parsedCopies.error.issues.some((issue) => issue.code === "too_big");
      return errorResponse(tooMany ? 413 : 400, parsedCopies.error.issues[0]?.message ?? "The copies are not valid.");
    }
    if (fields.original === undefined && fields.originalUrl === undefined) {
      return errorResponse(400, 'A watch needs the original: send it as "original" (text) or "originalUrl" (a link).');
    }

    // A text original is checked before the copies take the client's budget; a linked one after, once fetched.
    const checkOriginal = (value: unknown): Response | string => {
      const parsed = analysisRequestSchema(config.maxChars).shape.original.safeParse(value);
      if (!parsed.success) {
        const tooBig = parsed.error.issues.some((issue) => issue.code === "too_big");
        return errorResponse(tooBig ? 413 : 400, parsed.error.issues[0]?.message ?? "The original is not valid.");
      }
      return parsed.data ?? errorResponse(400, "The original is empty: a watch compares the copies with it.");
    };
    const byLink = fields.originalUrl !== undefined && fields.originalUrl !== null;
    let original = byLink ? null : checkOriginal(fields.original);
    if (original instanceof Response) return original;

    const copies = copiesFrom(parsedCopies.data.suspects);
    const clientKey = clientKeyFrom(request.headers, config);
    for (let i = 0; i < copies.length; i++) {
      const limit = checkRateLimit(clientKey);
      if (!limit.allowed) {
        const seconds = limit.retryAfterSeconds;
        return errorResponse(429, `Too many analyses from this address (each copy counts as one): try again in ${seconds} second${seconds === 1 ? "" : "s"}.`, {
          "Retry-After": String(seconds),
        });
      }
    }

    const links = await resolveLinks({ original: fields.original, originalUrl: fields.originalUrl });
    if (!links.ok) return errorResponse(links.status, links.error);
    original ??= checkOriginal(links.texts.original);
    if (original instanceof Response) return original;

    const store = await getStore();
    const origin = requestOriginFrom(request.headers, request.url);
    const rows = await runWatch({
      original,
      ...(links.urls.originalUrl ? { originalUrl: links.urls.originalUrl } : {}),
      copies,
      maxChars: config.maxChars,
      analyze: runAnalysisToJson,
      save: async (json) => {
        const saved = await store.saveJson(json);
        return { id: saved.id, url: shareUrlFor(saved.id, origin), deleteToken: saved.deleteToken };
      },
    });
    return jsonResponse({ ...(links.urls.originalUrl ? { originalUrl: links.urls.originalUrl } : {}), rows }, 200);
  });
}
