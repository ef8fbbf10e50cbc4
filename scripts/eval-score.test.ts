import { describe, expect, it } from "vitest";
import type { Finding } from "../lib/analysis";
import { classifyVerdict, locateSpan, overlaps, scorePair, type ExpectedSpan } from "./eval-score";

const text = "The spy agency met the spy agency's critics at a press conference.";

function span(needle: string, over: Partial<ExpectedSpan> = {}, occurrence = 0): ExpectedSpan {
  const at = locateSpan(text, needle, occurrence)!;
  return { ...at, side: "suspect", text: needle, kinds: ["garbled-phrase"], alone: true, ...over };
}

function finding(needle: string, over: Partial<Finding> = {}, occurrence = 0): Finding {
  return { kind: "garbled-phrase", severity: "medium", suspect: locateSpan(text, needle, occurrence), original: null, message: "odd", ...over };
}

describe("locateSpan", () => {
  it("finds the nth occurrence and gives null past the last", () => {
    expect(locateSpan(text, "spy agency", 1)).toEqual({ start: 23, end: 33 });
    expect(locateSpan(text, "spy agency", 2)).toBeNull();
    expect(locateSpan(text, "", 0)).toBeNull();
  });
});

describe("overlaps", () => {
  it("treats touching half-open spans as apart", () => {
    expect(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false);
    expect(overlaps({ start: 0, end: 6 }, { start: 5, end: 9 })).toBe(true);
  });
});

describe("scorePair", () => {
  it("counts a hit only for an accepted kind at medium or high severity", () => {
    const expected = [span("press conference")];
    expect(scorePair(expected, [finding("press", { severity: "low" })], "compared").expected[0]!.hit).toBe(false);
    const wrong = scorePair(expected, [finding("press", { kind: "number-change", severity: "high" })], "compared");
    expect(wrong.expected[0]).toMatchObject({ hit: false, foundKinds: ["number-change"] });
    expect(wrong.findings[0]!.status).toBe("wrong-kind");
    expect(scorePair(expected, [finding("conference")], "compared").expected[0]!.hit).toBe(true);
  });

  it("tells the second occurrence of a phrase from the first", () => {
    const expected = [span("spy agency", {}, 1)];
    const score = scorePair(expected, [finding("spy agency", {}, 0)], "compared");
    expect(score.expected[0]!.hit).toBe(false);
    expect(score.findings[0]!.status).toBe("false-alarm");
  });

  it("marks a hit made only by a whole-sentence finding as coarse", () => {
    const expected = [span("spy agency")];
    const wide: Finding = { ...finding("spy agency"), suspect: { start: 0, end: text.length } };
    expect(scorePair(expected, [wide], "compared").expected[0]).toMatchObject({ hit: true, coarse: true });
    expect(scorePair(expected, [wide, finding("spy agency")], "compared").expected[0]!.coarse).toBe(false);
  });

  it("alone, requires only spans marked alone but does not call other catches false alarms", () => {
    const expected = [span("press conference"), span("critics", { kinds: ["number-change"], alone: false })];
    const score = scorePair(expected, [finding("critics", { kind: "number-change", severity: "high" })], "alone");
    expect(score.expected.map((r) => r.span.text)).toEqual(["press conference"]);
    expect(score.findings[0]!.status).toBe("correct");
  });

  it("matches omitted sentences by their span in the original, at any severity", () => {
    const expected = [span("critics", { side: "original", kinds: ["omitted"], alone: false })];
    const omitted: Finding = { kind: "omitted", severity: "low", suspect: null, original: { start: 0, end: 40 }, message: "gone" };
    const score = scorePair(expected, [omitted], "compared");
    expect(score.expected[0]!.hit).toBe(true);
    expect(score.findings).toEqual([]);
    expect(scorePair(expected, [omitted], "alone").expected).toEqual([]);
  });

  it("does not let a low one-sided-sentence finding catch a garbled phrase inside it", () => {
    const expected = [span("press conference", { kinds: ["garbled-phrase", "unsupported"] })];
    const unsupported: Finding = { kind: "unsupported", severity: "low", suspect: { start: 0, end: text.length }, original: null, message: "new" };
    expect(scorePair(expected, [unsupported], "compared").expected[0]!.hit).toBe(false);
  });

  it("credits a suggestion that contains the original wording, ignoring case and quotes", () => {
    const expected = [span("spy agency", { originalWording: "Intelligence Service" })];
    const good = finding("spy agency", { suggestion: "the intelligence  service" });
    expect(scorePair(expected, [good], "compared").expected[0]!.suggestionMatched).toBe(true);
    expect(scorePair(expected, [finding("spy agency", { suggestion: "agency" })], "compared").expected[0]!.suggestionMatched).toBe(false);
  });
});

describe("classifyVerdict", () => {
  it.each([
    ["likely spun", "spun"],
    ["Possibly spun rewrite", "spun"],
    ["not spun", "light edit"],
    ["light edit", "light edit"],
    ["identical", "light edit"],
    ["unrelated", "unrelated"],
    ["¿?", "other"],
  ])("reads %j as %s", (verdict, cls) => {
    expect(classifyVerdict(verdict)).toBe(cls);
  });
});
