import { describe, expect, it } from "vitest";
import { describeExpiry, explainSummary, formatDay, formatSpinScore } from "./format";
import { fixtureAnalysis } from "./test-fixture";

describe("formatSpinScore", () => {
  it("reads the score out of 100, rounded", () => {
    expect(formatSpinScore(0.623)).toBe(62);
    expect(formatSpinScore(0)).toBe(0);
    expect(formatSpinScore(1)).toBe(100);
  });

  it("clamps out-of-range and non-numeric scores instead of showing nonsense", () => {
    expect(formatSpinScore(1.4)).toBe(100);
    expect(formatSpinScore(-0.2)).toBe(0);
    expect(formatSpinScore(Number.NaN)).toBe(0);
  });
});

describe("formatDay and describeExpiry", () => {
  it("writes dates the way an editor reads them, in UTC", () => {
    expect(formatDay("2026-12-23T23:30:00Z")).toBe("23 Dec 2026");
    expect(describeExpiry("2026-12-23T10:00:00.000Z")).toBe("Expires on 23 Dec 2026");
  });

  it("says a result without an expiry is kept until deleted", () => {
    expect(describeExpiry(null)).toBe("Kept until deleted");
  });

  it("does not crash on a malformed date", () => {
    expect(formatDay("not a date")).toBe("an unknown date");
  });
});

describe("explainSummary", () => {
  it("prefers the engine's own explanation", () => {
    const analysis = fixtureAnalysis();
    analysis.summary.explanation = "Four changes, one of them a number.";
    expect(explainSummary(analysis)).toBe("Four changes, one of them a number.");
  });

  it("counts findings and high-severity ones when the engine gives no explanation", () => {
    expect(explainSummary(fixtureAnalysis())).toBe("4 findings, 1 of high severity.");
  });

  it("says plainly when nothing was found", () => {
    expect(explainSummary(fixtureAnalysis({ findings: [] }))).toMatch(/^No changes/);
  });
});
