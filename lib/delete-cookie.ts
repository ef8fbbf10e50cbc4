import { createSecret } from "@/lib/store/secrets";

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
