import { describe, expect, it } from "vitest";
import { cleanPastedText } from "./pasted-html";

describe("cleanPastedText", () => {
  it("reduces pasted page source to its article's paragraphs", () => {
    const html = "<nav>Home</nav><article><h1>Port strike ends</h1><p>Dockers &amp; crane drivers returned.</p>\n<p>Ships sailed at noon.</p></article>";
    expect(cleanPastedText(html)).toBe("Port strike ends\n\nDockers & crane drivers returned.\n\nShips sailed at noon.");
  });

  it.each([
    "Rates rise <5% a year, the board said.",
    "The <p> tag opens a paragraph, the tutorial said.",
    "Line one\nLine two",
  ])("leaves plain text to the browser's own paste: %j", (text) => {
    expect(cleanPastedText(text)).toBeNull();
  });
});
