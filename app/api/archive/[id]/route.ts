import { getArchiveStore } from "@/lib/store/archive-index";
import { answering, errorResponse, jsonResponse, noContent } from "../../_lib/responses";
import { refuseWithoutToken } from "../guard";

type Context = { params: Promise<{ id: string }> };

/** GET /api/archive/{id}: the article with its text; 404 when unknown. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const refused = refuseWithoutToken(request);
  if (refused) return refused;
  const { id } = await params;
  return answering("read the archive", async () => {
    const article = await (await getArchiveStore()).get(id);
    return article ? jsonResponse(article, 200) : errorResponse(404, "No article with that id is in the archive.");
  });
}

/** DELETE /api/archive/{id}: 204, or 404 when unknown. */
export async function DELETE(request: Request, { params }: Context): Promise<Response> {
  const refused = refuseWithoutToken(request);
  if (refused) return refused;
  const { id } = await params;
  return answering("delete from the archive", async () =>
    (await (await getArchiveStore()).delete(id)) ? noContent() : errorResponse(404, "No article with that id is in the archive."),
  );
}
