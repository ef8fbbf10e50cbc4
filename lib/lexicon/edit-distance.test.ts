import { describe, expect, it } from "vitest";
import { editDistance, isSpellingVariant } from "./edit-distance";

describe("spelling distance", () => {
  it("counts letter edits, capped at 3", () => {
    expect(editDistance("univeristy", "university")).toBe(2);
    expect(editDistance("metres", "meters")).toBe(2);
    expect(editDistance("figurer", "computer")).toBe(3);
    expect(editDistance("a", "abcdef")).toBe(3);
  });

  it("tells British and American spellings from different words", () => {
    expect(isSpellingVariant("programmes", "programs")).toBe(true);
    expect(isSpellingVariant("defences", "defenses")).toBe(true);
    expect(isSpellingVariant("caoutchouc", "rubber")).toBe(false);
    expect(isSpellingVariant("bag", "bat")).toBe(false);
  });
});
