import { describe, expect, it } from "vitest";
import { editDistance, isSpellingVariant } from "./edit-distance";

describe("spelling distance", () => {
  it("counts letter edits, a swap of two neighbours as one, capped at 3", () => {
    expect(editDistance("univeristy", "university")).toBe(1);
    expect(editDistance("metres", "meters")).toBe(1);
    expect(editDistance("programmes", "programs")).toBe(2);
    expect(editDistance("figurer", "computer")).toBe(3);
    expect(editDistance("a", "abcdef")).toBe(3);
  });

  it("tells British and American spellings from different words", () => {
    expect(isSpellingVariant("programmes", "programs")).toBe(true);
    expect(isSpellingVariant("defences", "defenses")).toBe(true);
    expect(isSpellingVariant("caoutchouc", "rubber")).toBe(false);
    expect(isSpellingVariant("bag", "bat")).toBe(false);
    expect(isSpellingVariant("caesarean", "cesarean")).toBe(true);
    // Two short synonyms two letters apart are two words.
    expect(isSpellingVariant("ambit", "orbit")).toBe(false);
    expect(isSpellingVariant("clinker", "cinder")).toBe(false);
    expect(isSpellingVariant("mechanics", "mechanism")).toBe(false);
    expect(isSpellingVariant("catalogue", "catalog")).toBe(true);
  });
});
