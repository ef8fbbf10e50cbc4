import { describe, expect, it } from "vitest";
import { detectCountryClashes } from "./country-clash";
import type { Finding } from "../../types";

const show = (text: string, findings: Finding[]) => findings.map((f) => [text.slice(f.suspect!.start, f.suspect!.end), f.kind, f.severity, f.suggestion]);

const KOREA_STORY =
  "North Korea has sent a delegation to Iran. Pyongyang rarely reveals its plans. North Korea's envoy met officials. ";

describe("detectCountryClashes", () => {
  it("flags a lone country that shares the story country's first word", () => {
    const text = `${KOREA_STORY}The North Vietnamese group left Pyongyang on Tuesday.`;
    expect(show(text, detectCountryClashes(text))).toEqual([["North Vietnamese", "entity-change", "high", "North Korean"]]);
  });

  it.each([
    ["another country named once without a shared first word", `${KOREA_STORY}South Korea and Japan watched closely.`],
    ["a second country the story names more than once", `${KOREA_STORY}South Africa hosted talks. South Africa said no.`],
    ["a story with no dominant country", "North Korea and North Macedonia signed nothing."],
    ["a country name mentioned in passing", `${KOREA_STORY}The envoy later flew to North Macedonia.`],
  ])("stays quiet on %s", (_, text) => {
    expect(detectCountryClashes(text)).toEqual([]);
  });
});
