import { describe, expect, it } from "vitest";
import { fixtureAnalysis } from "@/lib/report/test-fixture";
import { placeFindings } from "./place-findings";
import { buildRows } from "./rows";

describe("placeFindings", () => {
  it("puts each finding in the row of its sentence, omitted ones by their original sentence", () => {
    const analysis = fixtureAnalysis();
    const rows = buildRows(analysis);
    // Rows: pair 0=0, original-only 1, suspect-only 1.
    expect(rows.map((row) => row.type)).toEqual(["pair", "original-only", "suspect-only"]);
    const placement = placeFindings(analysis, rows);
    expect(placement.rowOf).toEqual([0, 0, 2, 1]);
    expect(placement.order).toEqual([0, 1, 3, 2]);
    expect(placement.byRow).toEqual([[0, 1], [3], [2]]);
  });

  it("keeps a finding whose span lies outside every sentence, in the last row", () => {
    const analysis = fixtureAnalysis();
    analysis.findings = [{ ...analysis.findings[0]!, suspect: { start: 9_999, end: 10_000 }, original: null }];
    const rows = buildRows(analysis);
    expect(placeFindings(analysis, rows).rowOf).toEqual([rows.length - 1]);
  });
});
