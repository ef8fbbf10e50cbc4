import { getStore } from "@/lib/store";
import { API_HEADERS, answering, errorResponse, noContent, rawJsonResponse, withAnalysis } from "../../_lib/responses";

type Context = { params: Promise<{ id: string }> };

const NOT_FOUND = "No result has this id: it may have been deleted or may have expired.";

/**
 * GET /api/analyses/{id}: 200 `{ id, createdAt, expiresAt, analysis }` with an ETag, 304
 * to a matching If-None-Match; 404 when unknown, deleted or expired.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return answering("read the result", async () => {
    const result = await (await getStore()).getJson(id);
    if (!result) return errorResponse(404, NOT_FOUND);
    // A result never changes once saved, so its id is its version. The browser must still
    // ask each time (no-cache): a deleted result has to stop showing at once.
    const etag = `"${id}"`;
    const caching = { ETag: etag, "Cache-Control": "private, no-cache" };
    if (ifNoneMatch(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers: { ...API_HEADERS, ...caching } });
    const { analysisJson, ...about } = result;
    // The stored JSON goes out as it is.
    return rawJsonResponse(withAnalysis(about, analysisJson), 200, caching);
  });
}

/** Whether an If-None-Match header names `etag` (or is `*`); weak validators match too. */
function ifNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((tag) => {
    const value = tag.trim().replace(/^W\//, "");
    return value === "*" || value === etag;
  });
}

/**
 * DELETE /api/analyses/{id} with `Authorization: Bearer {deleteToken}`: 204 deleted;
 * 401 no token; 403 a wrong token; 404 unknown, already deleted or expired.
 */
export async function DELETE(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return answering("delete the result", async () => {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "")?.[1];
    if (!token) {
      return errorResponse(401, "Send the delete token given when the result was created: Authorization: Bearer {deleteToken}.", {
        "WWW-Authenticate": 'Bearer realm="unspun"',
      });
    }
    const outcome = await (await getStore()).delete(id, token);
    if (outcome === "not-found") return errorResponse(404, NOT_FOUND);
    if (outcome === "forbidden") return errorResponse(403, "This delete token does not match the result.");
    return noContent();
  });
}
