import { timingSafeEqual, createHash } from "node:crypto";

/** The cookie the Archive page keeps the operator's token in (httpOnly). */
export const ARCHIVE_COOKIE = "unspun_archive";

/**
 * The operator's archive token (UNSPUN_ARCHIVE_TOKEN), or null when the archive is off.
 * Read from the environment on each call so tests can switch it; a blank value is unset.
 */
export function archiveToken(env: Record<string, string | undefined> = process.env): string | null {
  const token = env.UNSPUN_ARCHIVE_TOKEN?.trim();
  return token ? token : null;
}

/** Whether `given` is the configured token; compared in constant time, through hashes of equal length. */
export function tokenMatches(given: string | null | undefined, env: Record<string, string | undefined> = process.env): boolean {
  const expected = archiveToken(env);
  if (!expected || !given) return false;
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The token a request carries: `Authorization: Bearer …`, else the Archive page's cookie. */
export function requestToken(request: Request): string | null {
  const auth = request.headers.get("authorization");
  const bearer = auth && /^Bearer\s+(.+)$/i.exec(auth)?.[1]?.trim();
  if (bearer) return bearer;
  const cookie = request.headers.get("cookie") ?? "";
  for (const part of cookie.split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === ARCHIVE_COOKIE) return decodeURIComponent(value.join("="));
  }
  return null;
}

/** The message shown wherever the archive is off. */
export const ARCHIVE_OFF_MESSAGE =
  "The archive is off. To turn it on, start Unspun with UNSPUN_ARCHIVE_TOKEN set to a long secret, then enter that token on the Archive page.";
