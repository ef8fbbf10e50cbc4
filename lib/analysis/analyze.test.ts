import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeTexts } from "./analyze";

const EXAMPLES = new URL("../../../shared/examples/", import.meta.url);
const example = (side: string) => readFileSync(new URL(`north-korea-iran.${side}.txt`, EXAMPLES), "utf8");
const hasExamples = existsSync(new URL("north-korea-iran.suspect.txt", EXAMPLES));

describe("analyzeTexts", () => {
  it("finds nothing when an article is compared with itself", () => {
    const text = "PORT STRIKE ENDS\n\nDockworkers returned on Monday, the union said. “We won,” said Ana Lima.";
    const analysis = analyzeTexts({ original: text, suspect: text });
    expect(analysis.findings).toEqual([]);
    expect(analysis.summary.spinScore).toBe(0);
    expect(analysis.summary.verdict).toBe("identical");
  });

  it("finds nothing in a self-comparison even when sentences carry no content words", () => {
    const text = "It is what it is. So be it, they all said. Then it was over for them.";
    expect(analyzeTexts({ original: text, suspect: text }).findings).toEqual([]);
    const crlf = analyzeTexts({ original: text.replace(/\. /g, ".\r\n"), suspect: text.replace(/\. /g, ".\n") });
    expect(crlf.findings).toEqual([]);
    expect(crlf.summary).toMatchObject({ verdict: "identical", spinScore: 0 });
  });

  it("judges a one-line brief against its original rather than calling it unrelated", () => {
    const analysis = analyzeTexts({ original: "Fire kills 3.", suspect: "Fire kills 4." });
    expect(analysis.findings.map((f) => f.kind)).toEqual(["number-change"]);
    expect(analysis.summary.verdict).not.toBe("unrelated");
  });

  it("still answers, with a coarser diff, for one enormous unpunctuated sentence", () => {
    const analysis = analyzeTexts({ original: "lorem ipsum dolor sit amet ".repeat(4000), suspect: "lorem ipsum dolor sat amet ".repeat(4000) });
    expect(analysis.alignments).toHaveLength(1);
    expect(analysis.suspect.sentences).toHaveLength(1);
  });

  it("judges the suspect alone when the original is missing or blank", () => {
    for (const original of [undefined, null, "  \n"]) {
      const analysis = analyzeTexts({ original, suspect: "The mayor opened the bridge on Monday." });
      expect(analysis.original).toBeNull();
      expect(analysis.alignments).toEqual([]);
    }
  });

  it("keeps every span inside its own text and findings in suspect order", () => {
    const analysis = analyzeTexts({
      original: "The council approved 14 homes. Work began in May. The mayor was pleased.",
      suspect: "Work started in May. The council approved 41 homes. A new park is planned too.",
    });
    let last = -1;
    for (const finding of analysis.findings) {
      if (finding.suspect) {
        expect(finding.suspect.end).toBeLessThanOrEqual(analysis.suspect.text.length);
        expect(finding.suspect.start).toBeGreaterThanOrEqual(last);
        last = finding.suspect.start;
      }
    }
    expect(analysis.findings.map((f) => f.kind)).toEqual(expect.arrayContaining(["number-change", "unsupported", "omitted"]));
  });

  it("does not report a dropped dateline or rule as an omitted sentence", () => {
    const story = "The council approved the harbour budget on Tuesday evening.";
    const analysis = analyzeTexts({ original: `${story}\n2024-04-24T09:27:49Z dg43tfdfdgfd\n___`, suspect: story });
    expect(analysis.findings).toEqual([]);
  });

  it("says a non-English text was checked with language-neutral rules only", () => {
    const original = "Le conseil municipal a voté le budget mardi. Les travaux commenceront en mai avec 14 ouvriers.";
    const suspect = "Le conseil municipal a voté le budget mardi. Les travaux commenceront en mai avec 41 ouvriers.";
    const analysis = analyzeTexts({ original, suspect });
    expect(analysis.summary.language).toBe("und");
    expect(analysis.summary.explanation).toMatch(/tuned for English/);
    expect(analysis.findings.map((f) => f.kind)).toEqual(["number-change"]);
  });

  it.runIf(hasExamples)("aligns the spun example's reworded sentences and leaves its new ones one-sided", () => {
    const analysis = analyzeTexts({ original: example("original"), suspect: example("suspect") });
    const sentence = (doc: "original" | "suspect", i: number) => {
      const d = analysis[doc]!;
      return d.text.slice(d.sentences[i]!.start, d.sentences[i]!.end);
    };
    const partnersOf = (start: string) => {
      const index = analysis.suspect.sentences.findIndex((_, i) => sentence("suspect", i).startsWith(start));
      const group = analysis.alignments.find((a) => a.suspect.includes(index));
      return group ? group.original.map((i) => sentence("original", i)) : [];
    };
    expect(partnersOf("Ban Kil Joo, a studies teacher")[0]).toMatch(/^A research professor at Korea University/);
    expect(partnersOf("It had slowed down")[0]).toMatch(/^Although the partnership has been witnessing a dip/);
    for (const lonely of ["U.S. Ambassador to the UN Linda Thomas- Greenfield", "Jung Pak", "Despite numerous satellite images"]) {
      expect(partnersOf(lonely)).toEqual([]);
    }
  });

  it.runIf(hasExamples)("flags the spun example's changed names, quote and garbled phrases at medium or high", () => {
    const analysis = analyzeTexts({ original: example("original"), suspect: example("suspect") });
    const flagged = analysis.findings
      .filter((f) => f.severity !== "low" && f.suspect)
      .map((f) => analysis.suspect.text.slice(f.suspect!.start, f.suspect!.end));
    for (const phrase of ["North Vietnamese", "one-spaced release", "Asian Central News Agency", "studies teacher", "military cohesion", "detective agency", "opened the door"]) {
      expect(flagged.some((text) => text.includes(phrase))).toBe(true);
    }
    expect(analysis.summary.verdict).toBe("likely spun");
  });
});
