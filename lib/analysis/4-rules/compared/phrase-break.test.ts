import { describe, expect, it } from "vitest";
import { analyzeTexts } from "../../analyze";

/** [original, suspect, kinds at the changed words] — a swap that breaks an established phrase is garbled; one that keeps English is not. */
const CASES: [string, string, string[]][] = [
  ["The prime minister spoke to reporters after the vote.", "The prime clergyman spoke to reporters after the vote.", ["garbled-phrase"]],
  ["Scientists warned that climate change is speeding up.", "Scientists warned that climate alteration is speeding up.", ["garbled-phrase"]],
  ["The supreme court will hear the case in March.", "The supreme tribunal will hear the case in March.", ["garbled-phrase"]],
  ["The two countries restored diplomatic ties last year.", "The two countries restored diplomatic relations last year.", []],
  ["The panel said the plan would cost more.", "The board stated the plan would cost more.", []],
];

describe("phrases broken by a word swap, judged by the n-gram model", () => {
  it.each(CASES)("%s -> %s", (original, suspect, kinds) => {
    const analysis = analyzeTexts({ original, suspect });
    expect(analysis.findings.filter((f) => f.severity !== "low").map((f) => f.kind)).toEqual(kinds);
  });

  it("suggests the original's own words", () => {
    const analysis = analyzeTexts({ original: CASES[0]![0], suspect: CASES[0]![1] });
    expect(analysis.findings[0]?.suggestion).toBe("prime minister");
  });
});
