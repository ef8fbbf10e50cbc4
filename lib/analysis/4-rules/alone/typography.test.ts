import { describe, expect, it } from "vitest";
import { detectTypography } from "./typography";

const found = (text: string) => detectTypography(text).map((f) => [text.slice(f.suspect!.start, f.suspect!.end), f.kind, f.suggestion]);

describe("detectTypography", () => {
  it.each([
    ["Ban Kil Joo said,” The Ukraine conflict has opened the door.”", ["said,” The", "quote-change", "said, “The"]],
    ["it sent a” little number” before the invasion.", ["a” little", "quote-change", "a “little"]],
    ["” It appears to be part of broader efforts,” said Koo.", ["” It", "quote-change", "“It"]],
    ["U.S. Ambassador Linda Thomas- Greenfield claimed", ["Thomas- Greenfield", "garbled-phrase", "Thomas-Greenfield"]],
    ["A follow- up visit is planned.", ["follow- up", "garbled-phrase", "follow-up"]],
    ["A walk- through of the plan.", ["walk- through", "garbled-phrase", "walk-through"]],
    ["The twenty- first meeting.", ["twenty- first", "garbled-phrase", "twenty-first"]],
    ["a coalition against the U. S., said Koo.", ["U. S.", "garbled-phrase", "U.S."]],
    ["Distributed by Tribune Content Agency, LLC.On Tuesday it said", ["LLC.On", "garbled-phrase", "LLC. On"]],
    ["according to a eminently exceptional public record", ["a eminently", "garbled-phrase", "an eminently"]],
    ["it was an big deal", ["an big", "garbled-phrase", "a big"]],
    ["around 11 times Pine Ridge’ s yearly income", ["Ridge’ s", "garbled-phrase", "Ridge’s"]],
  ])("flags %s", (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["He said, “The war has paved the way for cooperation.”"],
    ['He said, "The war has paved the way," and left.'],
    ["“North Korea is sending a delegation,” the professor added. “It will grow.”"],
    ["Pre- and post-war figures differ; long-term plans and a one-line dispatch."],
    ["In the car industry we have worked- without quotas- the way the panel advised."],
    ["the students’ scores and James’ speech; Pine Ridge’s stores"],
    ["George W. Bush met J. R. R. Tolkien's heirs in the U.S. and the U.K. on Tuesday."],
    ["See www.example.com/News.Today or mail desk@paper.org.Thanks"],
    ["a university, a European diplomat, a one-day visit, an hour, an honest man, a unique case, an FBI agent"],
  ])("leaves %s alone", (text) => {
    expect(found(text)).toEqual([]);
  });

  it("rates a word split by re-joining as medium and an ordinary typo as low", () => {
    const text = "The U. S. firm said e- mail from Pine Ridge’ s staff was an big deal.Then it said so.";
    const severity = new Map(detectTypography(text).map((f) => [text.slice(f.suspect!.start, f.suspect!.end), f.severity]));
    expect(Object.fromEntries(severity)).toEqual({ "U. S.": "medium", "e- mail": "medium", "Ridge’ s": "medium", "an big": "low", "deal.Then": "low" });
  });
});
