import { getStore } from "@/lib/store";
import { acceptsGzip, GZIP_MIN_BYTES, gzipOnce, isSentAsIs } from "../../_lib/gzip-once";
import { API_HEADERS, answering, errorResponse, noContent, rawJsonResponse, withAnalysis } from "../../_lib/responses";

type Context = { params: Promise<{ id: string }> };

const NOT_FOUND = "No result has this id: it may have been deleted or may have expired.";

/**
 * GET /api/analyses/{id}: 200 `{ id, createdAt, expiresAt, analysis }` with an ETag
 * (gzipped when the client accepts it and the result is large), 304 to a matching
 * If-None-Match; 404 when unknown, deleted or expired.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return answering("read the result", async () => {
    const result = await (await getStore()).getJson(id);
    if (!result) return errorResponse(404, NOT_FOUND);
    // A result never changes once saved, so its id is its version. The browser must still
    // ask each time (no-cache): a deleted result has to stop showing at once.
    const etag = `"${id}"`;
    // Vary: a cache between here and the browser must not give a gzipped body to a client that cannot read it.
    const caching = { ETag: etag, "Cache-Control": "private, no-cache", Vary: "Accept-Encoding" };
    if (ifNoneMatch(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers: { ...API_HEADERS, ...caching } });
    const { analysisJson, ...about } = result;
    // The stored JSON goes out as it is; a large one gzipped, compressed once while the
    // result stays in the read cache (it is immutable), so the thread that answers
    // everyone hands the socket 8-13 times fewer bytes (0.74 MB for a 6 MB result).
    const body = () => withAnalysis(about, analysisJson);
    if (analysisJson.byteLength >= GZIP_MIN_BYTES && isSentAsIs(request) && acceptsGzip(request.headers.get("accept-encoding"))) {
      const gzipped = await gzipOnce(result, body);
      return rawJsonResponse(gzipped, 200, { ...caching, "Content-Encoding": "gzip" });
    }
    return rawJsonResponse(body(), 200, caching);
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
