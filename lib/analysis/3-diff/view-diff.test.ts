import { describe, expect, it } from "vitest";
import { findSharedWording } from "./view-diff";

const shared = (original: string, suspect: string) => {
  const result = findSharedWording(original, { start: 0, end: original.length }, suspect, { start: 0, end: suspect.length });
  return {
    original: result.original.map((s) => original.slice(s.start, s.end)),
    suspect: result.suspect.map((s) => suspect.slice(s.start, s.end)),
  };
};

describe("findSharedWording", () => {
  it("keeps the names, numbers and phrases a rewrite leaves, on both sides", () => {
    expect(
      shared(
        "Port officials said 40 container ships were waiting off Rotterdam on Monday.",
        "On Monday, 40 holder vessels sat idle off Rotterdam, port officials said.",
      ),
    ).toEqual({
      original: ["Port", "officials", "said", "40", "Rotterdam", "Monday"],
      suspect: ["Monday", "40", "Rotterdam", "port", "officials", "said"],
    });
  });

  it("never offers a lone function word or an ordinary word as shared", () => {
    expect(shared("The board met and the talks ended.", "The union walked out and the mood soured.")).toEqual({ original: [], suspect: [] });
  });
});
