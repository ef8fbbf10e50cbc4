import { cookies } from "next/headers";
import { ARCHIVE_COOKIE, archiveToken, tokenMatches } from "@/lib/archive/access";

/** Whether the archive is on, and whether this browser holds the operator's token. */
export async function archiveAccess(): Promise<"off" | "locked" | "open"> {
  if (!archiveToken()) return "off";
  return tokenMatches((await cookies()).get(ARCHIVE_COOKIE)?.value) ? "open" : "locked";
}
