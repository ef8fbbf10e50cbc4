import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeTexts } from "../analyze";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
const judge = (text: string) => analyzeTexts({ suspect: text }).findings;
const EXAMPLES = "../../../../shared/examples/";
const hasExamples = existsSync(new URL(`${EXAMPLES}north-korea-iran.suspect.txt`, import.meta.url));

describe("the suspect judged on its own", () => {
  it.each(["honest-news.txt", "honest-news-2.txt"])("finds nothing in honest, well-edited news prose (%s)", (file) => {
    const findings = judge(read(`./alone/fixtures/${file}`));
    expect(findings.map((f) => f.message)).toEqual([]);
  });

  it("returns findings in text order with spans inside the text and no original", () => {
    const text = "It sent a” little number” before. The U. S. said so. The supreme tribunal ruled.";
    const findings = judge(text);
    expect(findings.length).toBeGreaterThanOrEqual(3);
    const starts = findings.map((f) => f.suspect!.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const f of findings) {
      expect(f.original).toBeNull();
      expect(f.suspect!.end).toBeLessThanOrEqual(text.length);
    }
  });

  it("reports a flood of one kind of damage only up to a cap, quickly", () => {
    const started = performance.now();
    const findings = judge("word- word ".repeat(5000));
    expect(findings.length).toBeLessThanOrEqual(300);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("handles empty and whitespace-only text", () => {
    expect(judge("")).toEqual([]);
    expect(judge("   \n\n ")).toEqual([]);
  });

  it.runIf(hasExamples)("gives the example original at most one medium or high finding", () => {
    const findings = judge(read(`${EXAMPLES}north-korea-iran.original.txt`));
    expect(findings.filter((f) => f.severity !== "low").length).toBeLessThanOrEqual(1);
  });

  it.runIf(hasExamples)("shows most of the example suspect's artifacts, with suggestions", () => {
    const text = read(`${EXAMPLES}north-korea-iran.suspect.txt`);
    const found = new Map(judge(text).map((f) => [text.slice(f.suspect!.start, f.suspect!.end), f.suggestion]));
    expect(found.get("North Vietnamese")).toBe("North Korean");
    expect(found.get("said,” The")).toBe("said, “The");
    expect(found.get("Thomas- Greenfield")).toBe("Thomas-Greenfield");
    expect(found.get("U. S.")).toBe("U.S.");
    expect(found.get("one-spaced")).toBe("single-spaced");
  });
});
