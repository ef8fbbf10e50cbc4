import { describe, expect, it } from "vitest";
import { createPageCache } from "./page-cache";

const page = (nonce: string, filler = "") => Buffer.from(`<script nonce="${nonce}">a</script>${filler}<link nonce="${nonce}">`);

describe("createPageCache", () => {
  it("fills every place of the rendered nonce with the one given on each hit", () => {
    const cache = createPageCache(1024 * 1024);
    expect(cache.set("k", "id1", page("OLD+/="), "OLD+/=")).toBe(true);
    expect(cache.get("k", "NEW1")?.toString()).toBe(page("NEW1").toString());
    expect(cache.get("k", "NEW2")?.toString()).toBe(page("NEW2").toString());
    expect(cache.get("k", "NEW2")?.toString()).not.toContain("OLD");
  });

  it("refuses a page without the nonce it was said to be rendered with", () => {
    const cache = createPageCache(1024 * 1024);
    expect(cache.set("k", "id1", Buffer.from("<p>no scripts</p>"), "N")).toBe(false);
    expect(cache.get("k", "M")).toBeNull();
  });

  it("stays within its bytes, dropping the least recently served page first", () => {
    const cache = createPageCache(4000);
    const filler = "x".repeat(900); // ~930 bytes a page without its nonces
    for (const key of ["a", "b", "c", "d"]) cache.set(key, key, page("N", filler), "N");
    expect(cache.bytes()).toBeLessThanOrEqual(4000);
    cache.get("a", "M"); // a is now the most recently served
    cache.set("e", "e", page("N", filler), "N");
    expect(cache.bytes()).toBeLessThanOrEqual(4000);
    expect(cache.get("b", "M")).toBeNull();
    expect(cache.get("a", "M")).not.toBeNull();
    expect(cache.get("e", "M")).not.toBeNull();
  });

  it("keeps no page larger than a quarter of its bytes", () => {
    const cache = createPageCache(4000);
    expect(cache.set("big", "big", page("N", "x".repeat(1100)), "N")).toBe(false);
    expect(cache.bytes()).toBe(0);
  });

  it("forgets every variant of one result, or everything", () => {
    const cache = createPageCache(1024 * 1024);
    cache.set("id1 owner", "id1", page("N"), "N");
    cache.set("id1 visitor", "id1", page("N"), "N");
    cache.set("id2 visitor", "id2", page("N"), "N");
    cache.forget("id1");
    expect(cache.get("id1 owner", "M")).toBeNull();
    expect(cache.get("id1 visitor", "M")).toBeNull();
    expect(cache.get("id2 visitor", "M")).not.toBeNull();
    cache.forget(null);
    expect(cache.bytes()).toBe(0);
  });
});
