import { describe, expect, it } from "vitest";
import { detectBrokenCompounds } from "./hyphen-compounds";

const found = (text: string) => detectBrokenCompounds(text).map((f) => [text.slice(f.suspect!.start, f.suspect!.end), f.suggestion]);

describe("detectBrokenCompounds", () => {
  it.each([
    ["the agency said in a one-spaced release", ["one-spaced", "single-spaced"]],
    ["A double-spaced memo and a one-spaced note.", ["one-spaced", "single-spaced"]],
    ["a big-scale protest", ["big-scale", "large-scale"]],
  ])("flags %s", (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["a one-line dispatch on a single-spaced page"],
    ["the three-judge panel, a four-unit building and a two-bedroom flat"],
    ["the third-largest grocer, a late-night sitting and low-income households"],
    ["long-term, high-profile, shallow-water corals and a course-record time"],
    ["Thomas-Greenfield and Jean-Luc met on e-mail"],
    ["a top-level, long-running build-up of fresh-faced recruits"],
  ])("leaves %s alone", (text) => {
    expect(found(text)).toEqual([]);
  });
});
