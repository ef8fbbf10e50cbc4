import { isIPv4, isIPv6 } from "node:net";

/**
 * Which IP addresses a fetched link may reach. A public service that fetches any URL it
 * is given must not become a way into the machine's own network (SSRF): loopback, private,
 * link-local (cloud metadata at 169.254.169.254), shared, reserved and multicast ranges are
 * refused, and so are IPv6 forms that embed one of them (IPv4-mapped, IPv4-compatible,
 * NAT64, 6to4). Ranges from the IANA special-purpose address registries.
 */

/** [first address, prefix length] in dotted form. */
const BLOCKED_IPV4: ReadonlyArray<readonly [string, number, string]> = [
  ["0.0.0.0", 8, "a reserved address"],
  ["10.0.0.0", 8, "a private address"],
  ["100.64.0.0", 10, "a shared (carrier-grade NAT) address"],
  ["127.0.0.0", 8, "a loopback address"],
  ["169.254.0.0", 16, "a link-local address"],
  ["172.16.0.0", 12, "a private address"],
  ["192.0.0.0", 24, "a reserved address"],
  ["192.0.2.0", 24, "a documentation address"],
  ["192.88.99.0", 24, "a reserved relay address"],
  ["192.168.0.0", 16, "a private address"],
  ["198.18.0.0", 15, "a benchmarking address"],
  ["198.51.100.0", 24, "a documentation address"],
  ["203.0.113.0", 24, "a documentation address"],
  ["224.0.0.0", 4, "a multicast address"],
  ["240.0.0.0", 4, "a reserved address"],
];

/** [first address, prefix length] in IPv6 notation; embedded IPv4 forms are handled apart. */
const BLOCKED_IPV6: ReadonlyArray<readonly [string, number, string]> = [
  ["::", 128, "the unspecified address"],
  ["::1", 128, "a loopback address"],
  ["100::", 64, "a discard address"],
  ["2001::", 23, "a reserved address"],
  ["2001:db8::", 32, "a documentation address"],
  ["fc00::", 7, "a private (unique local) address"],
  ["fe80::", 10, "a link-local address"],
  ["fec0::", 10, "a site-local address"],
  ["ff00::", 8, "a multicast address"],
];

export type AddressVerdict = { allowed: true } | { allowed: false; reason: string };

/**
 * Whether `address` (an IP literal, IPv6 with or without brackets or a zone) is a public
 * unicast address a fetch may connect to. Anything that is not an IP literal is refused:
 * callers resolve names first and check every address they got.
 */
export function checkAddress(address: string): AddressVerdict {
  const bare = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (isIPv4(bare)) return checkIPv4(ipv4ToNumber(bare));
  if (isIPv6(bare)) return checkIPv6(ipv6ToBigInt(bare));
  return { allowed: false, reason: "not an IP address" };
}

function checkIPv4(value: number): AddressVerdict {
  if (value === 0xffffffff) return { allowed: false, reason: "the broadcast address" };
  for (const [first, prefix, reason] of BLOCKED_IPV4) {
    if (inIPv4Range(value, ipv4ToNumber(first), prefix)) return { allowed: false, reason };
  }
  return { allowed: true };
}

function checkIPv6(value: bigint): AddressVerdict {
  const embedded = embeddedIPv4(value);
  if (embedded !== null) {
    const verdict = checkIPv4(embedded);
    // A mapped or translated form of a public IPv4 address reaches that public address.
    return verdict.allowed ? verdict : { allowed: false, reason: `${verdict.reason} (inside an IPv6 address)` };
  }
  for (const [first, prefix, reason] of BLOCKED_IPV6) {
    if (inIPv6Range(value, ipv6ToBigInt(first), prefix)) return { allowed: false, reason };
  }
  return { allowed: true };
}

/**
 * The IPv4 address carried by ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible),
 * 64:ff9b::a.b.c.d and 64:ff9b:1::/48 (NAT64) and 2002:aabb:ccdd:: (6to4); null otherwise.
 */
function embeddedIPv4(value: bigint): number | null {
  const low32 = Number(value & 0xffffffffn);
  if (value >> 32n === 0xffffn) return low32; // ::ffff:0:0/96
  if (value >> 32n === 0n && value > 1n) return low32; // ::/96 (not :: or ::1)
  if (value >> 32n === 0x0064ff9b0000000000000000n) return low32; // 64:ff9b::/96
  if (value >> 80n === 0x0064ff9b0001n) return low32; // 64:ff9b:1::/48 (local-use NAT64)
  if (value >> 112n === 0x2002n) return Number((value >> 80n) & 0xffffffffn); // 2002::/16
  return null;
}

function inIPv4Range(value: number, first: number, prefix: number): boolean {
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return (value & mask) >>> 0 === (first & mask) >>> 0;
}

function inIPv6Range(value: bigint, first: bigint, prefix: number): boolean {
  const shift = BigInt(128 - prefix);
  return value >> shift === first >> shift;
}

function ipv4ToNumber(address: string): number {
  return address.split(".").reduce((sum, part) => sum * 256 + Number(part), 0);
}

/** A valid IPv6 literal (node:net checked it) as a 128-bit number. */
function ipv6ToBigInt(address: string): bigint {
  let text = address.toLowerCase();
  // A trailing dotted quad stands for the last two groups.
  const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (quad?.[1]) {
    const v4 = ipv4ToNumber(quad[1]);
    text = `${text.slice(0, -quad[1].length)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...Array<string>(tail === undefined ? 0 : missing).fill("0"), ...tailGroups];
  return groups.reduce((sum, group) => (sum << 16n) + BigInt(parseInt(group || "0", 16)), 0n);
}
