import { describe, expect, it } from "vitest";
import type { Finding } from "../types";
import { resolveOverlaps } from "./resolve";

const finding = (kind: Finding["kind"], severity: Finding["severity"], start: number, end: number): Finding => ({
  kind,
  severity,
  suspect: { start, end },
  original: null,
  message: `${kind} at ${start}`,
});

describe("resolveOverlaps", () => {
  it("keeps the more severe of two findings on the same words, whichever rule came first", () => {
    const low = finding("synonym-swap", "low", 10, 20);
    const medium = finding("garbled-phrase", "medium", 12, 25);
    expect(resolveOverlaps([{ finding: low, rule: 0 }, { finding: medium, rule: 5 }])).toEqual([medium]);
  });

  it("lets the earlier rule win between equal severities", () => {
    const entity = finding("entity-change", "high", 0, 10);
    const number = finding("number-change", "high", 5, 12);
    expect(resolveOverlaps([{ finding: number, rule: 2 }, { finding: entity, rule: 1 }])).toEqual([entity]);
  });

  it("shows a garbled phrase or a fact change inside a changed quotation, never a synonym swap there", () => {
    const quote = finding("quote-change", "high", 0, 60);
    const garbled = finding("garbled-phrase", "medium", 20, 34);
    const number = finding("number-change", "high", 40, 42);
    const swap = finding("synonym-swap", "low", 45, 50);
    const candidates = [garbled, number, swap, quote].map((f, i) => ({ finding: f, rule: f === quote ? 0 : i + 1 }));
    expect(resolveOverlaps(candidates)).toEqual([garbled, number, quote]);
  });

  it("keeps findings that only touch, and keeps the input order", () => {
    const a = finding("garbled-phrase", "medium", 0, 10);
    const b = finding("quote-change", "high", 10, 15);
    expect(resolveOverlaps([{ finding: a, rule: 3 }, { finding: b, rule: 0 }])).toEqual([a, b]);
  });

  it("never lets a one-sided sentence hide, or be hidden by, a finding inside it", () => {
    const unsupported = finding("unsupported", "low", 0, 100);
    const garbled = finding("garbled-phrase", "medium", 20, 30);
    expect(resolveOverlaps([{ finding: unsupported, rule: 9 }, { finding: garbled, rule: 4 }])).toEqual([unsupported, garbled]);
  });

  it("settles thousands of candidates in one pass", () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ finding: finding("garbled-phrase", "medium", i * 3, i * 3 + 5), rule: 0 }));
    const kept = resolveOverlaps(many);
    for (let i = 1; i < kept.length; i++) expect(kept[i]!.suspect!.start).toBeGreaterThanOrEqual(kept[i - 1]!.suspect!.end);
    expect(kept.length).toBe(2500);
  });
});
