import { describe, expect, it } from "vitest";
import { fixtureAnalysis } from "@/lib/report/test-fixture";
import { buildRows } from "./rows";
import { CHUNK_SIZE, chunkItems, chunkOfRow, displayItems, estimateChunkHeight } from "./chunks";

describe("display items and chunks", () => {
  const blocks = [
    { type: "rows" as const, rows: [0] },
    { type: "folded" as const, key: "p1", rows: [1, 2, 3] },
    { type: "rows" as const, rows: [4] },
  ];

  it("shows a fold as one item until the reader opens it", () => {
    expect(displayItems(blocks, new Set())).toEqual([
      { type: "row", row: 0 },
      { type: "fold", key: "p1", rows: [1, 2, 3] },
      { type: "row", row: 4 },
    ]);
    expect(displayItems(blocks, new Set(["p1"])).map((item) => (item.type === "row" ? item.row : -1))).toEqual([0, 1, 2, 3, 4]);
  });

  it("cuts items into chunks and finds the chunk of a row", () => {
    const items = Array.from({ length: CHUNK_SIZE * 2 + 1 }, (_, row) => ({ type: "row" as const, row }));
    const chunks = chunkItems(items);
    expect(chunks.map((chunk) => chunk.length)).toEqual([CHUNK_SIZE, CHUNK_SIZE, 1]);
    expect(chunkOfRow(chunks, CHUNK_SIZE)).toBe(1);
    expect(chunkOfRow(chunks, 10_000)).toBe(-1);
  });

  it("estimates taller chunks for longer sentences and narrower columns", () => {
    const analysis = fixtureAnalysis();
    const rows = buildRows(analysis);
    const chunk = rows.map((_, row) => ({ type: "row" as const, row }));
    const wide = estimateChunkHeight(analysis, rows, chunk, 80);
    const narrow = estimateChunkHeight(analysis, rows, chunk, 20);
    expect(wide).toBeGreaterThan(0);
    expect(narrow).toBeGreaterThan(wide);
  });
});
