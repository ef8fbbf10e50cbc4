import { describe, expect, it } from "vitest";
import { fixtureAnalysis } from "@/lib/report/test-fixture";
import { describeFinding, quoteFinding } from "./finding-text";

describe("describeFinding", () => {
  it("reads kind, severity, message and likely original, as a screen reader announces it", () => {
    const [garbled] = fixtureAnalysis().findings;
    expect(describeFinding(garbled!)).toBe(
      "Garbled phrase, medium severity. “detective agency” reads like a word-by-word swap of a fixed expression. Likely original: spy agency.",
    );
  });

  it("leaves out the suggestion when there is none", () => {
    const unsupported = fixtureAnalysis().findings[2]!;
    expect(describeFinding(unsupported)).toBe("Not in the original, medium severity. This sentence has no counterpart in the original.");
  });
});

describe("quoteFinding", () => {
  it("quotes the suspect's words, or the original's for an omitted sentence", () => {
    const analysis = fixtureAnalysis();
    expect(quoteFinding(analysis, analysis.findings[0]!)).toBe("detective agency");
    expect(quoteFinding(analysis, analysis.findings[3]!)).toBe("Officials declined to comment.");
  });

  it("shortens a long quote with an ellipsis", () => {
    const analysis = fixtureAnalysis({ suspect: { text: "word ".repeat(60), sentences: [{ start: 0, end: 300 }] } });
    const quote = quoteFinding(analysis, { ...analysis.findings[0]!, suspect: { start: 0, end: 300 } });
    expect(quote.length).toBeLessThanOrEqual(90);
    expect(quote.endsWith("…")).toBe(true);
  });
});
