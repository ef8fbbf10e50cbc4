import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { acceptsGzip, gzipOnce } from "./gzip-once";

describe("acceptsGzip", () => {
  it.each([
    [null, false],
    ["", false],
    ["gzip", true],
    ["gzip, deflate, br, zstd", true],
    ["br;q=1.0, gzip;q=0.8", true],
    ["GZIP", true],
    ["x-gzip", true],
    ["*", true],
    ["identity", false],
    ["br", false],
    ["gzip;q=0", false],
    ["gzip; q=0.0, *", false],
    ["*;q=0", false],
    ["deflate, *;q=0.1", true],
  ])("%j → %s", (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});

describe("gzipOnce", () => {
  it("compresses once per owner, however many reads ask at once", async () => {
    const owner = {};
    let built = 0;
    const body = () => (built++, Buffer.from("x".repeat(100_000)));
    const [first, second] = await Promise.all([gzipOnce(owner, body), gzipOnce(owner, body)]);
    const third = await gzipOnce(owner, body);
    expect(built).toBe(1);
    expect(second).toBe(first);
    expect(third).toBe(first);
    expect(gunzipSync(first).toString()).toBe("x".repeat(100_000));
  });

  it("compresses another owner's body on its own", async () => {
    const a = await gzipOnce({}, () => Buffer.from("a"));
    const b = await gzipOnce({}, () => Buffer.from("b"));
    expect(gunzipSync(a).toString()).toBe("a");
    expect(gunzipSync(b).toString()).toBe("b");
  });
});
