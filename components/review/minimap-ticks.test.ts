import { describe, expect, it } from "vitest";
import { bucketTicks, placeTicks, type MinimapTick } from "./minimap-ticks";

describe("bucketTicks", () => {
  it("keeps one tick per bucket, preferring the most severe finding", () => {
    const ticks: MinimapTick[] = [
      { finding: 0, kind: "synonym-swap", severity: "low", at: 0.1 },
      { finding: 1, kind: "entity-change", severity: "high", at: 0.101 },
      { finding: 2, kind: "garbled-phrase", severity: "medium", at: 0.9 },
    ];
    expect(bucketTicks(ticks, 100).map((tick) => tick.finding)).toEqual([1, 2]);
  });

  it("draws thousands of findings as at most one tick per bucket", () => {
    const many: MinimapTick[] = Array.from({ length: 5000 }, (_, i) => ({ finding: i, kind: "omitted", severity: "low", at: i / 5000 }));
    expect(bucketTicks(many, 300)).toHaveLength(300);
  });
});

describe("placeTicks", () => {
  it("places findings by where their rows fall down the document, in order", async () => {
    const { fixtureAnalysis } = await import("@/lib/report/test-fixture");
    const { buildRows } = await import("./rows");
    const { placeFindings } = await import("./place-findings");
    const analysis = fixtureAnalysis();
    const rows = buildRows(analysis);
    const placement = placeFindings(analysis, rows);
    const ticks = placeTicks(analysis, rows, [{ type: "rows", rows: rows.map((_, i) => i) }], placement.order, placement.rowOf);
    expect(ticks.map((tick) => tick.finding)).toEqual(placement.order);
    const at = ticks.map((tick) => tick.at);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(at.every((value) => value > 0 && value < 1)).toBe(true);
  });
});
