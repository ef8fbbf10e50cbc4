import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientKeyFrom, markClientAddressStamped } from "./client-address";

const key = (headers: Record<string, string>) => clientKeyFrom(new Headers(headers), { trustProxy: true });
const direct = (headers: Record<string, string>) => clientKeyFrom(new Headers(headers), { trustProxy: false });

describe("clientKeyFrom, exposed directly", () => {
  it("ignores a client-sent address header in a process whose server does not stamp it", () => {
    // Runs first: markClientAddressStamped below is for the rest of this process.
    expect(direct({ [CLIENT_ADDRESS_HEADER]: "6.6.6.6", "x-forwarded-for": "203.0.113.7" })).toBe("203.0.113.7");
    expect(direct({ [CLIENT_ADDRESS_HEADER]: "6.6.6.6" })).toBe("unknown");
    markClientAddressStamped();
  });

  it("keys on the socket's address and ignores the X-Forwarded-For a client made up", () => {
    const socket = { [CLIENT_ADDRESS_HEADER]: "203.0.113.7" };
    expect(direct(socket)).toBe("203.0.113.7");
    expect(direct({ ...socket, "x-forwarded-for": "6.6.6.6" })).toBe("203.0.113.7");
    expect(direct({ ...socket, "x-forwarded-for": "6.6.6.7" })).toBe(direct({ ...socket, "x-forwarded-for": "6.6.6.8" }));
  });

  it("normalises the socket's IPv4-mapped and IPv6 addresses", () => {
    expect(direct({ [CLIENT_ADDRESS_HEADER]: "::ffff:127.0.0.1" })).toBe("127.0.0.1");
    expect(direct({ [CLIENT_ADDRESS_HEADER]: "2001:db8:1:2::9" })).toBe("2001:db8:1:2::/64");
  });

  it("without the production server's stamp, falls back to the proxy headers", () => {
    expect(direct({ "x-forwarded-for": "203.0.113.7" })).toBe("203.0.113.7");
  });
});

describe("clientKeyFrom, behind a trusted proxy", () => {
  it("keys on the proxy's X-Forwarded-For, not on the proxy's own socket address", () => {
    expect(key({ [CLIENT_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "203.0.113.7" })).toBe("203.0.113.7");
    expect(key({ [CLIENT_ADDRESS_HEADER]: "10.0.0.2" })).toBe("10.0.0.2");
  });

  it("uses the address the nearest proxy appended, not what the client claimed", () => {
    expect(key({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" })).toBe("203.0.113.7");
    expect(key({ "x-forwarded-for": "203.0.113.7" })).toBe("203.0.113.7");
  });

  it("falls back to X-Real-IP, then to one shared key", () => {
    expect(key({ "x-real-ip": " 198.51.100.2 " })).toBe("198.51.100.2");
    expect(key({})).toBe("unknown");
    expect(key({ "x-forwarded-for": " , " })).toBe("unknown");
  });

  it("counts an IPv4-mapped IPv6 address as the IPv4 address", () => {
    expect(key({ "x-forwarded-for": "::ffff:127.0.0.1" })).toBe("127.0.0.1");
  });

  it("groups IPv6 addresses by their /64 network", () => {
    const a = key({ "x-forwarded-for": "2001:db8:1:2:aaaa::1" });
    const b = key({ "x-forwarded-for": "2001:0db8:0001:0002:ffff:1:2:3" });
    expect(a).toBe("2001:db8:1:2::/64");
    expect(b).toBe(a);
    expect(key({ "x-forwarded-for": "2001:db8:1:3::1" })).not.toBe(a);
    expect(key({ "x-forwarded-for": "::1" })).toBe("0:0:0:0::/64");
    expect(key({ "x-forwarded-for": "[2001:db8::1]:443" })).toBe("2001:db8:0:0::/64");
  });

  it("bounds a junk value", () => {
    expect(key({ "x-forwarded-for": "x".repeat(1000) })).toHaveLength(64);
  });
});
