import { getStore } from "@/lib/store";
import { answering, errorResponse, noContent, rawJsonResponse, withAnalysis } from "../../_lib/responses";

type Context = { params: Promise<{ id: string }> };

const NOT_FOUND = "No result has this id: it may have been deleted or may have expired.";

/**
 * GET /api/analyses/{id}: 200 `{ id, createdAt, expiresAt, analysis }`; 404 when unknown,
 * deleted or expired.
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return answering("read the result", async () => {
    const result = await (await getStore()).getJson(id);
    if (!result) return errorResponse(404, NOT_FOUND);
    const { analysisJson, ...about } = result;
    // The stored JSON goes out as it is.
    return rawJsonResponse(withAnalysis(about, analysisJson), 200);
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
