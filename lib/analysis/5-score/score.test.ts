import { describe, expect, it } from "vitest";
import { sameWords } from "./score";

describe("sameWords", () => {
  it("treats line endings, runs of spaces and edge spacing as no change", () => {
    expect(sameWords("The port reopened.\r\nTalks resume.", "The port reopened.\nTalks resume.")).toBe(true);
    expect(sameWords("  The port   reopened.\n\n", "The port reopened.")).toBe(true);
    expect(sameWords("The port\u00a0reopened.", "The port reopened.")).toBe(true);
  });

  it("sees any other difference, however small", () => {
    expect(sameWords("The port reopened.", "The port re-opened.")).toBe(false);
    expect(sameWords("The port reopened.", "The portreopened.")).toBe(false);
    expect(sameWords("The port reopened.", "The port reopened. Talks resume.")).toBe(false);
    expect(sameWords("The port reopened. Talks", "The port reopened.")).toBe(false);
    expect(sameWords("", "x")).toBe(false);
    expect(sameWords("", " \n")).toBe(true);
  });
});

describe("summary wording", () => {
  it("says 'matches' when one suspect sentence matches", async () => {
    const { analyzeTexts } = await import("../analyze");
    const analysis = analyzeTexts({
      original: "The harbour board approved a new crane for the eastern quay on Monday after a long debate.",
      suspect: "The harbour board approved a new crane for the eastern dock on Monday after a long debate.",
    });
    expect(analysis.summary.explanation).toMatch(/^1 of 1 suspect sentence matches the original/);
  });
});
