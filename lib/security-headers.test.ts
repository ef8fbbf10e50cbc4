import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { proxy } from "@/proxy";

const call = (url: string, headers: Record<string, string> = {}) => proxy(new NextRequest(url, { headers }));

describe("proxy", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("sets a nonce-based policy without unsafe-eval or inline scripts in production", () => {
    vi.stubEnv("NODE_ENV", "production");
    const policy = call("http://127.0.0.1:3201/").headers.get("content-security-policy") ?? "";
    const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src ")) ?? "";
    expect(scriptSrc).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/]{22}==' 'strict-dynamic'$/);
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    // Plain-HTTP deployments (a newsroom LAN) must not have their assets upgraded to https.
    expect(policy).not.toContain("upgrade-insecure-requests");
  });

  it("gives every request its own nonce and passes it to the renderer", () => {
    const first = call("http://127.0.0.1:3201/");
    const second = call("http://127.0.0.1:3201/");
    const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];
    const a = nonceOf(first.headers.get("content-security-policy"));
    expect(a).toBeTruthy();
    expect(a).not.toBe(nonceOf(second.headers.get("content-security-policy")));
    // NextResponse.next({ request: { headers } }) forwards overridden request headers this way.
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(a);
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(first.headers.get("content-security-policy"));
  });

  it("allows eval only under next dev", () => {
    vi.stubEnv("NODE_ENV", "development");
    expect(call("http://localhost:3000/").headers.get("content-security-policy")).toContain("'unsafe-eval'");
  });

  it("upgrades subresources only behind HTTPS", () => {
    const policy = call("http://app:3000/", { "x-forwarded-proto": "https" }).headers.get("content-security-policy");
    expect(policy).toContain("upgrade-insecure-requests");
  });

  it("keeps share pages out of search engines, and only them", () => {
    expect(call("http://127.0.0.1:3201/r/V1StGXR8_Z5jdHi6B-myT1").headers.get("x-robots-tag")).toBe("noindex, nofollow");
    expect(call("http://127.0.0.1:3201/").headers.get("x-robots-tag")).toBeNull();
  });

  it("forbids sniffing, framing and leaking the share link in a Referer", () => {
    for (const url of ["http://127.0.0.1:3201/r/abc", "http://127.0.0.1:3201/_next/static/chunks/app.js"]) {
      const headers = call(url).headers;
      expect(headers.get("x-content-type-options")).toBe("nosniff");
      expect(headers.get("referrer-policy")).toBe("same-origin");
      expect(headers.get("x-frame-options")).toBe("DENY");
    }
  });
});
