import { z } from "zod";
import { MAX_ARTICLE_CHARS } from "@/lib/archive/article-input";
import { searchArchive } from "@/lib/archive/search";
import { getArchiveStore } from "@/lib/store/archive-index";
import { answering, errorResponse, jsonResponse } from "../../_lib/responses";
import { readJsonBody } from "../../_lib/read-json-body";
import { refuseWithoutToken } from "../guard";

const searchSchema = z.object({
  suspect: z.string({ error: '"suspect" must be a string.' }).refine((v) => v.trim().length > 0, { error: '"suspect" is empty.' }),
  limit: z.number().int().min(1).max(20).optional(),
});

/** POST /api/archive/search with `{ suspect, limit? }`: 200 `{ candidates }` best first (see docs/api.md). */
export async function POST(request: Request): Promise<Response> {
  const refused = refuseWithoutToken(request);
  if (refused) return refused;
  const body = await readJsonBody(request, MAX_ARTICLE_CHARS * 4);
  if (!body.ok) {
    if (body.reason === "too-large") return errorResponse(413, `The suspect is over ${MAX_ARTICLE_CHARS.toLocaleString("en-US")} characters.`);
    return errorResponse(400, 'The request body is not JSON: send {"suspect": "..."}.');
  }
  const parsed = searchSchema.safeParse(body.value);
  if (!parsed.success) return errorResponse(400, parsed.error.issues[0]?.message ?? "The request is not valid.");
  if (parsed.data.suspect.length > MAX_ARTICLE_CHARS) return errorResponse(413, `The suspect is over ${MAX_ARTICLE_CHARS.toLocaleString("en-US")} characters.`);
  return answering("search the archive", async () =>
    jsonResponse({ candidates: await searchArchive(await getArchiveStore(), parsed.data.suspect, parsed.data.limit) }, 200),
  );
}
