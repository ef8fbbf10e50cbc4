import { ARCHIVE_OFF_MESSAGE, archiveToken, requestToken, tokenMatches } from "@/lib/archive/access";
import { errorResponse } from "../_lib/responses";

/**
 * Every archive call needs the operator's token: 403 when the archive is off (no
 * UNSPUN_ARCHIVE_TOKEN), 401 without the token or with a wrong one. Null: go ahead.
 */
export function refuseWithoutToken(request: Request): Response | null {
  if (!archiveToken()) return errorResponse(403, ARCHIVE_OFF_MESSAGE);
  const given = requestToken(request);
  if (!given) return errorResponse(401, "The archive needs the operator's token: send Authorization: Bearer <UNSPUN_ARCHIVE_TOKEN>.", { "WWW-Authenticate": "Bearer" });
  if (!tokenMatches(given)) return errorResponse(401, "That archive token is wrong.", { "WWW-Authenticate": "Bearer" });
  return null;
}
