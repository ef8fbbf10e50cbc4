import { describe, expect, it } from "vitest";
import { clientKeyFrom } from "./client-address";

const key = (headers: Record<string, string>) => clientKeyFrom(new Headers(headers));

describe("clientKeyFrom", () => {
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
