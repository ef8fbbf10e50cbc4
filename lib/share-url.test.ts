import { afterEach, describe, expect, it } from "vitest";
import { resetConfigForTests } from "./config";
import { requestOriginFrom, shareUrlFor } from "./share-url";

const ID = "V1StGXR8_Z5jdHi6B-myT1";

describe("shareUrlFor", () => {
  const saved = process.env.UNSPUN_BASE_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.UNSPUN_BASE_URL;
    else process.env.UNSPUN_BASE_URL = saved;
    resetConfigForTests();
  });
  const withBase = (base: string | undefined) => {
    if (base === undefined) delete process.env.UNSPUN_BASE_URL;
    else process.env.UNSPUN_BASE_URL = base;
    resetConfigForTests();
  };

  it("prefers the configured base URL over whatever the request says", () => {
    withBase("https://unspun.example.org/");
    expect(shareUrlFor(ID, "http://evil.example")).toBe(`https://unspun.example.org/r/${ID}`);
  });

  it("uses the request's origin when no base URL is configured", () => {
    withBase(undefined);
    expect(shareUrlFor(ID, "http://127.0.0.1:3201")).toBe(`http://127.0.0.1:3201/r/${ID}`);
  });

  it("falls back to the bare path", () => {
    withBase(undefined);
    expect(shareUrlFor(ID)).toBe(`/r/${ID}`);
    expect(shareUrlFor(ID, "not a url")).toBe(`/r/${ID}`);
  });
});

describe("requestOriginFrom", () => {
  const origin = (headers: Record<string, string>, fallback?: string, trustProxy = false) =>
    requestOriginFrom(new Headers(headers), fallback, trustProxy);

  it("uses the Host the request was sent to, never the Origin header a client chooses", () => {
    expect(origin({ host: "unspun.example.org", origin: "https://evil.example" })).toBe("http://unspun.example.org");
    expect(origin({ host: "127.0.0.1:3201" }, "https://127.0.0.1:3201/api/analyses")).toBe("https://127.0.0.1:3201");
    expect(origin({ origin: "https://evil.example" }, "http://127.0.0.1:3201/api/analyses")).toBe("http://127.0.0.1:3201");
  });

  it("ignores X-Forwarded-Host and -Proto unless a trusted proxy sets them", () => {
    const forwarded = { host: "10.0.0.5:3000", "x-forwarded-host": "unspun.example.org", "x-forwarded-proto": "https" };
    expect(origin(forwarded)).toBe("http://10.0.0.5:3000");
    expect(origin(forwarded, undefined, true)).toBe("https://unspun.example.org");
  });

  it("gives null when nothing is usable", () => {
    expect(origin({ host: "a b" })).toBeNull();
    expect(origin({ host: "evil.example/path" })).toBeNull();
    expect(origin({ "x-forwarded-host": "a b" }, undefined, true)).toBeNull();
  });
});
