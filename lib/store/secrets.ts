import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { nanoid } from "nanoid";

/**
 * 22 characters of nanoid's 64-symbol URL-safe alphabet: 22 x 6 = 132 random bits, over
 * the contract's 128, so a share link cannot be guessed.
 */
export const ID_LENGTH = 22;

/** Ids we ever issue look like this; anything else is answered "not found" without a query. */
const ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/** A new random, URL-safe result id of ID_LENGTH characters. */
export function createResultId(): string {
  return nanoid(ID_LENGTH);
}

/** True when `id` has the shape of an id we issue (it may still be unknown). */
export function isWellFormedId(id: string): boolean {
  return ID_PATTERN.test(id);
}

/** A new delete token: 32 random bytes (256 bits), base64url, so it travels in a header as is. */
export function createDeleteToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * The SHA-256 of a delete token, hex. Only this is stored: a leaked database row does not
 * let anyone delete the result. (The token is random and long, so no salt or slow hash is
 * needed.)
 */
export function hashDeleteToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * Compares a presented token with a stored hash in constant time: both sides are hashed to
 * 32 bytes first, so neither the length nor a matching prefix shows in the timing.
 */
export function deleteTokenMatches(storedHashHex: string, presentedToken: string): boolean {
  const stored = Buffer.from(storedHashHex, "hex");
  const presented = Buffer.from(hashDeleteToken(presentedToken), "hex");
  return stored.length === presented.length && timingSafeEqual(stored, presented);
}
