import { describe, expect, it } from "vitest";
import { detectPhraseFrames } from "./phrase-frames";

const found = (text: string) => detectPhraseFrames(text).map((f) => [text.slice(f.suspect!.start, f.suspect!.end), f.suggestion]);

describe("detectPhraseFrames", () => {
  it.each([
    ["according to South Korea’s detective agency, which", ["detective agency", "spy agency"]],
    ["Ban Kil Joo, a studies teacher at Korea University, said", ["studies teacher", "research professor"]],
    ["said Ana Ruiz, a teacher at Stanford University", ["teacher", "professor"]],
    ["according to a eminently exceptional public record", ["eminently exceptional", "truly exceptional"]],
    ["from the 1980s and the first generation of the 2000s.", ["first generation", "first decade"]],
    ["according to authorities in arms Lami Kim, who noted", ["authorities in arms", "arms expert"]],
  ])("flags %s", (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["South Korea's spy agency and Japan's central bank said"],
    ["South Korea's largest carmaker and Brazil's biggest bank"],
    ["a research professor at Korea University and a nurse at Seoul National University Hospital"],
    ["an associate professor at the University of Leeds"],
    ["a truly exceptional year and an absolutely essential step; a highly unusual case"],
    ["in the first decade of the 2000s and the late 1990s; the lost generation of the 1920s"],
    ["officials in Seoul Jung Pak and others; experts in security and defence"],
  ])("leaves %s alone", (text) => {
    expect(found(text)).toEqual([]);
  });
});
