import { describe, expect, it } from "vitest";
import { bucketTicks, type MinimapTick } from "./minimap-ticks";

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
