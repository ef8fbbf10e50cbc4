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
  const origin = (headers: Record<string, string>, fallback?: string) => requestOriginFrom(new Headers(headers), fallback);

  it("trusts the browser's Origin header first", () => {
    expect(origin({ origin: "https://news.example", "x-forwarded-host": "internal:3000" })).toBe("https://news.example");
  });

  it("then the proxy's forwarded host and protocol", () => {
    expect(origin({ "x-forwarded-host": "unspun.example.org", "x-forwarded-proto": "https" })).toBe("https://unspun.example.org");
    expect(origin({ origin: "null", "x-forwarded-host": "localhost:3201" })).toBe("http://localhost:3201");
  });

  it("then the request URL, and null when nothing is usable", () => {
    expect(origin({}, "http://127.0.0.1:3201/api/analyses")).toBe("http://127.0.0.1:3201");
    expect(origin({ "x-forwarded-host": "a b" })).toBeNull();
  });
});
