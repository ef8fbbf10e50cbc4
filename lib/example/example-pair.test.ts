import { describe, expect, it } from "vitest";
import { EXAMPLE_PAIR } from "./example-pair";
import { countWords } from "@/lib/input/count-text";

/** The paragraphs of a text, blank-line separated. */
const paragraphs = (text: string) => text.trim().split(/\n\s*\n/);

describe("EXAMPLE_PAIR", () => {
  it("is a news-length story, 250 to 350 words a side", () => {
    for (const text of [EXAMPLE_PAIR.original, EXAMPLE_PAIR.suspect]) {
      expect(countWords(text)).toBeGreaterThanOrEqual(250);
      expect(countWords(text)).toBeLessThanOrEqual(350);
    }
  });

  it("carries every planted change listed in its comment", () => {
    const { original, suspect } = EXAMPLE_PAIR;
    const planted: Array<[string, string]> = [
      ["container ships", "holder vessels"],
      ["press conference", "media convention"],
      ["senior lecturer", "elderly speaker"],
      ["6 percent", "9 percent"],
      ["Danish shipping line", "Swedish shipping line"],
      ["are asking for a fair wage", "want a reasonable salary"],
    ];
    for (const [before, after] of planted) {
      expect(original).toContain(before);
      expect(original).not.toContain(after);
      expect(suspect).toContain(after);
      expect(suspect).not.toContain(before);
    }
    expect(suspect).toContain("Analysts warned");
    expect(original).not.toContain("Analysts warned");
    expect(original).toContain("refused to intervene");
    expect(suspect).not.toContain("refused to intervene");
  });

  it("leaves the paragraphs without planted damage word for word", () => {
    const suspectParagraphs = new Set(paragraphs(EXAMPLE_PAIR.suspect));
    const unchanged = paragraphs(EXAMPLE_PAIR.original).filter((p) => suspectParagraphs.has(p));
    // Headline, the walkout and lorries paragraphs, Reilly's quote and the closing line.
    expect(unchanged).toHaveLength(5);
  });
});
