import { isIPv4, isIPv6 } from "node:net";

/** Anything with Headers' `get`: a Request's headers or next/headers' `headers()`. */
export type HeaderSource = { get(name: string): string | null };

/**
 * The key a client is rate-limited by, from the request headers.
 *
 * - `X-Forwarded-For`: its last entry, the address the nearest proxy saw. Earlier entries
 *   are whatever the client chose to send. Without a proxy, `next start` fills the header
 *   with the socket's address when the client sent none.
 * - else `X-Real-IP`, else "unknown" (all such clients share one budget).
 *
 * IPv6 addresses are keyed by their /64 network: one subscriber usually holds a whole /64
 * and could otherwise take a fresh address for every request. IPv4-mapped IPv6 addresses
 * ("::ffff:10.0.0.1") count as the IPv4 address.
 *
 * Only trustworthy behind a reverse proxy that appends to X-Forwarded-For: a client that
 * reaches `next start` directly can send any X-Forwarded-For it likes.
 */
export function clientKeyFrom(headers: HeaderSource): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").map((part) => part.trim()).filter(Boolean);
  const candidate = forwarded?.at(-1) ?? headers.get("x-real-ip")?.trim();
  return (candidate && normaliseAddress(candidate)) || "unknown";
}

/** "::ffff:1.2.3.4" → "1.2.3.4"; "2001:db8:1:2:3:4:5:6" → "2001:db8:1:2::/64"; other text kept, trimmed to 64. */
function normaliseAddress(address: string): string {
  const bare = address.replace(/^\[|\](:\d+)?$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped?.[1] && isIPv4(mapped[1])) return mapped[1];
  if (isIPv4(bare)) return bare;
  if (isIPv6(bare)) return `${expandIPv6(bare).slice(0, 4).join(":")}::/64`;
  // Not an address (a proxy's "unknown", an obfuscated id): still a usable, bounded key.
  return bare.slice(0, 64);
}

/** The eight 16-bit groups of an IPv6 address, without leading zeros. */
function expandIPv6(address: string): string[] {
  const withoutZone = address.split("%")[0] ?? address;
  const [head = "", tail] = withoutZone.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array<string>(missing).fill("0"), ...right].map((group) => (parseInt(group, 16) || 0).toString(16));
}
