import { describe, expect, it } from "vitest";
import { analysisRequestSchema } from "./validation";

describe("analysisRequestSchema", () => {
  it("replaces lone surrogates with U+FFFD, keeping pairs and every offset", () => {
    const parsed = analysisRequestSchema().parse({ original: "A\ud800b \udc00c", suspect: "Emoji 😀 and \ud83d end" });
    expect(parsed.original).toBe("A\ufffdb \ufffdc");
    expect(parsed.suspect).toBe("Emoji 😀 and \ufffd end");
    expect(parsed.suspect).toHaveLength("Emoji 😀 and \ud83d end".length);
    // The text now survives a strict JSON round trip through UTF-8.
    expect(new TextDecoder("utf-8", { fatal: true }).decode(new TextEncoder().encode(JSON.stringify(parsed)))).toContain("\ufffd");
  });

  it("still treats a missing original as none and a missing suspect as an error", () => {
    expect(analysisRequestSchema().parse({ suspect: "Text." }).original).toBeNull();
    expect(analysisRequestSchema().safeParse({ original: "Text." }).success).toBe(false);
    expect(analysisRequestSchema().safeParse({ suspect: 42 }).success).toBe(false);
  });
});
