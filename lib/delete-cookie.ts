import { createSecret } from "@/lib/store/secrets";
import type { ResultStore } from "@/lib/store/types";

/**
 * Who may delete a result from the review page: the browser that created it. That browser
 * holds one httpOnly cookie, its owner key, however many results it creates; the store
 * keeps a hash of the key beside each result (ResultStore.deleteAsOwner). A cookie per
 * result, as before, stopped working after the ~180 cookies a browser keeps per site and
 * swelled every request to the app.
 */
export const OWNER_COOKIE = "unspun_owner";

/** Keys we issue: 32 random bytes, base64url. Anything else in the cookie is replaced. */
const OWNER_KEY_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** The browser's owner key from its cookie, when it holds a well-formed one. */
export function ownerKeyFrom(cookieValue: string | undefined): string | null {
  return cookieValue && OWNER_KEY_PATTERN.test(cookieValue) ? cookieValue : null;
}

/** A new owner key for a browser that has none. */
export function createOwnerKey(): string {
  return createSecret();
}

/**
 * Results created before owner keys carry their delete token in a cookie of their own,
 * named per result; the review still honours it.
 */
export function legacyDeleteCookieName(id: string): string {
  return `unspun_del_${id}`;
}

/**
 * Whether the browser whose cookies `readCookie` reads may delete result `id` (and so sees
 * the Delete button): it holds that result's legacy delete-token cookie, or an owner key
 * the result was saved with. One store look-up at most, none without an owner key. The
 * review page and the production server's page cache both ask this, so a cached page is
 * always the one its viewer would have been rendered.
 */
export async function canDeleteResult(
  store: Pick<ResultStore, "isOwnedBy">,
  id: string,
  readCookie: (name: string) => string | undefined,
): Promise<boolean> {
  if (readCookie(legacyDeleteCookieName(id)) !== undefined) return true;
  const ownerKey = ownerKeyFrom(readCookie(OWNER_COOKIE));
  return ownerKey !== null && (await store.isOwnedBy(id, ownerKey));
}
