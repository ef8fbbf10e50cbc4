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

/**
 * A new secret (a delete token, or a browser's owner key): 32 random bytes (256 bits),
 * base64url, so it travels in a header or cookie as is.
 */
export function createSecret(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * The SHA-256 of a secret, hex. Only this is stored: a leaked database row does not let
 * anyone delete the result. (Secrets are random and long, so no salt or slow hash is
 * needed.)
 */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/**
 * Compares a presented secret with a stored hash in constant time: both sides are hashed
 * to 32 bytes first, so neither the length nor a matching prefix shows in the timing.
 * A missing hash (a result saved without an owner key) matches nothing.
 */
export function secretMatches(storedHashHex: string | null, presented: string): boolean {
  if (storedHashHex === null) return false;
  const stored = Buffer.from(storedHashHex, "hex");
  const given = Buffer.from(hashSecret(presented), "hex");
  return stored.length === given.length && timingSafeEqual(stored, given);
}
