import { describe, expect, it } from "vitest";
import { decodeStoredWatch, encodeStoredWatch } from "./stored-watch";
import type { WatchRow } from "./watch-row";

const rows: WatchRow[] = [
  { name: "wire-rewrite.txt", sourceUrl: null, id: "abc", url: "/r/abc", spinScore: 0.62, verdict: "likely spun", counts: { "synonym-swap": 4 } },
  { name: "https://example.com/gone", sourceUrl: "https://example.com/gone", error: "The page did not answer." },
];

describe("stored watch table", () => {
  it("gives back the rows it stored, in order", () => {
    expect(decodeStoredWatch(encodeStoredWatch(rows))).toEqual(rows);
  });

  it("reads nothing stored, another version or malformed JSON as no table", () => {
    expect(decodeStoredWatch(null)).toBeNull();
    expect(decodeStoredWatch(JSON.stringify({ version: 2, rows }))).toBeNull();
    expect(decodeStoredWatch(JSON.stringify({ version: 1, rows: [{ name: 3 }] }))).toBeNull();
    expect(decodeStoredWatch("{not json")).toBeNull();
  });
});
