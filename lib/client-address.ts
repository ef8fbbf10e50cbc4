import { isIPv4, isIPv6 } from "node:net";

/** Anything with Headers' `get`: a Request's headers or next/headers' `headers()`. */
export type HeaderSource = { get(name: string): string | null };

/**
 * The header the production server (server/main.ts) sets on every request to the socket's
 * peer address, overwriting any copy the client sent. It is believed only in a process
 * where that server said it stamps every request (markClientAddressStamped): under
 * `next dev` or a bare `next start` a client could send it itself.
 */
export const CLIENT_ADDRESS_HEADER = "x-unspun-client-address";

const STAMPED = Symbol.for("unspun.clientAddressStamped");
const slot = globalThis as { [STAMPED]?: boolean };

/** Called by the production server, which sets CLIENT_ADDRESS_HEADER on every request. */
export function markClientAddressStamped(): void {
  slot[STAMPED] = true;
}

export type ClientKeyOptions = {
  /**
   * UNSPUN_TRUST_PROXY: the app sits behind a reverse proxy that appends the client's
   * address to X-Forwarded-For, so the socket's peer is the proxy, not the client.
   */
  trustProxy: boolean;
};

/**
 * The key a client is rate-limited by, from the request headers.
 *
 * - Directly exposed (the default): the socket's peer address, stamped by the production
 *   server in CLIENT_ADDRESS_HEADER. X-Forwarded-For is ignored, since a client can send
 *   any it likes.
 * - Behind a proxy (`trustProxy`): the last X-Forwarded-For entry, the address the nearest
 *   proxy saw (earlier entries are whatever the client chose to send), else X-Real-IP.
 * - Without the production server (`next dev`, `next start`) there is no stamped address,
 *   so the proxy headers are used as the only clue there is.
 * - Else "unknown": all such clients share one budget.
 *
 * IPv6 addresses are keyed by their /64 network: one subscriber usually holds a whole /64
 * and could otherwise take a fresh address for every request. IPv4-mapped IPv6 addresses
 * ("::ffff:10.0.0.1") count as the IPv4 address.
 */
export function clientKeyFrom(headers: HeaderSource, { trustProxy }: ClientKeyOptions): string {
  const socketAddress = slot[STAMPED] ? headers.get(CLIENT_ADDRESS_HEADER)?.trim() : undefined;
  const forwarded = headers.get("x-forwarded-for")?.split(",").map((part) => part.trim()).filter(Boolean);
  const proxied = forwarded?.at(-1) ?? headers.get("x-real-ip")?.trim();
  const candidate = trustProxy ? (proxied ?? socketAddress) : (socketAddress ?? proxied);
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
