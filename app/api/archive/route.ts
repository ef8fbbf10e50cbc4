import { z } from "zod";
import { addArticles } from "@/lib/archive/add-articles";
import { articleInputSchema, firstIssue, MAX_ARTICLE_CHARS, MAX_BATCH, toArchiveInput } from "@/lib/archive/article-input";
import type { ArchiveInput } from "@/lib/archive/types";
import { getArchiveStore } from "@/lib/store/archive-index";
import { answering, errorResponse, jsonResponse } from "../_lib/responses";
import { readJsonBody } from "../_lib/read-json-body";
import { refuseWithoutToken } from "./guard";

/** A batch of MAX_BATCH articles at the size limit, at up to 3 bytes a character, with room for JSON. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;
const pageSchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/** GET /api/archive?limit&offset: `{ total, articles }` newest first, without their texts. */
export async function GET(request: Request): Promise<Response> {
  const refused = refuseWithoutToken(request);
  if (refused) return refused;
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const page = pageSchema.safeParse(params);
  if (!page.success) return errorResponse(400, "limit must be 1 to 500 and offset a whole number of 0 or more.");
  return answering("list the archive", async () => jsonResponse(await (await getArchiveStore()).list(page.data), 200));
}

/**
 * POST /api/archive with one article `{ title?, url?, published?, text }` (201 added, 200
 * updated, 400 bad) or `{ "articles": [...] }` (200 `{ results }`, one entry per article:
 * `{ index, id, status }` or `{ index, error }`; a bad article is reported and skipped).
 */
export async function POST(request: Request): Promise<Response> {
  const refused = refuseWithoutToken(request);
  if (refused) return refused;
  const body = await readJsonBody(request, MAX_BODY_BYTES);
  if (!body.ok) {
    if (body.reason === "too-large") return errorResponse(413, `The request is over ${MAX_BODY_BYTES / 1024 / 1024} MB: send fewer articles per call.`);
    return errorResponse(400, 'The request body is not JSON: send {"text": "..."} or {"articles": [...]}.');
  }
  const value = body.value as { articles?: unknown } | null;
  return answering("add to the archive", async () => {
    const store = await getArchiveStore();
    if (value && typeof value === "object" && "articles" in value) {
      if (!Array.isArray(value.articles)) return errorResponse(400, '"articles" must be a list of articles.');
      if (value.articles.length === 0) return errorResponse(400, '"articles" is empty.');
      if (value.articles.length > MAX_BATCH) return errorResponse(413, `At most ${MAX_BATCH} articles a call; use the CLI's archive import for more.`);
      const results: ({ index: number; id: string; status: string } | { index: number; error: string })[] = [];
      const good: { index: number; input: ArchiveInput }[] = [];
      value.articles.forEach((item: unknown, index: number) => {
        const parsed = articleInputSchema.safeParse(item);
        if (parsed.success) good.push({ index, input: toArchiveInput(parsed.data) });
        else results.push({ index, error: firstIssue(parsed.error) });
      });
      const outcomes = await addArticles(store, good.map((g) => g.input));
      outcomes.forEach((outcome, i) => results.push({ index: good[i]!.index, ...outcome }));
      results.sort((a, b) => a.index - b.index);
      return jsonResponse({ results }, 200);
    }
    const parsed = articleInputSchema.safeParse(value);
    if (!parsed.success) {
      const message = firstIssue(parsed.error);
      return errorResponse(message.includes(MAX_ARTICLE_CHARS.toLocaleString("en-US")) ? 413 : 400, `The article was not added: ${message}.`);
    }
    const [outcome] = await addArticles(store, [toArchiveInput(parsed.data)]);
    return jsonResponse(outcome, outcome!.status === "added" ? 201 : 200);
  });
}
