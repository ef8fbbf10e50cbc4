import { describe, expect, it } from "vitest";
import { detectCountryClashes } from "./country-clash";
import { detectGarbledOrganizationNames } from "./organization-names";
import { detectOrganizationDescriptors } from "./organizations";
import type { Finding } from "../types";

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

describe("detectOrganizationDescriptors", () => {
  it.each([
    ["South Korea claimed that North Korean criminal organization Hamas used munitions.", [
      ["North Korean", "entity-change", "high", "Palestinian"],
      ["criminal organization Hamas", "garbled-phrase", "medium", "militant group Hamas"],
    ]],
    ["Israel said the Iranian militant group Hezbollah fired rockets.", [["Iranian", "entity-change", "high", "Lebanese"]]],
  ])("flags %s", (text, expected) => {
    expect(show(text, detectOrganizationDescriptors(text))).toEqual(expected);
  });

  it.each([
    ["the Palestinian militant group Hamas said"],
    ["the armed group Hamas and the Lebanese militant group Hezbollah"],
    ["Hamas, which rules Gaza, said on Monday"],
    ["the nuclear watchdog IAEA and the military alliance NATO met"],
    ["The Iran-backed group Hezbollah said"],
  ])("leaves %s alone", (text) => {
    expect(detectOrganizationDescriptors(text)).toEqual([]);
  });
});

describe("detectGarbledOrganizationNames", () => {
  it.each([
    ["the official Asian Central News Agency said.", ["Asian Central News Agency", "entity-change", "high", "Korean Central News Agency"]],
    ["the Federal Agency of Investigation said", ["Federal Agency of Investigation", "entity-change", "high", "Federal Bureau of Investigation"]],
    ["The Federal Exchange Commission must approve it.", ["Federal Exchange Commission", "entity-change", "high", "Federal Trade Commission"]],
    ["shares rose on the New York Inventory Trade today", ["New York Inventory Trade", "entity-change", "high", "New York Stock Exchange"]],
  ])("flags %s", (text, expected) => {
    expect(show(text, detectGarbledOrganizationNames(text))).toEqual([expected]);
  });

  it.each([
    ["the Korean Central News Agency said"],
    ["the World Trade Organization and the World Health Organization"],
    ["the Pan American Health Organization reported"],
    ["the National Security Council met"],
    ["the Federal Trade Commission and the Securities and Exchange Commission"],
  ])("leaves %s alone", (text) => {
    expect(detectGarbledOrganizationNames(text)).toEqual([]);
  });
});
