import { describe, expect, it } from "vitest";
import { GOLDEN_RULES_EN } from "./fixtures/golden-rules-en";
import { segmentSentences } from "./segment";

/** The suite's expected sentences join wrapped lines with a space; our spans keep the raw text. */
const normalise = (sentence: string) => sentence.replace(/\s+/g, " ");

describe("segmentSentences on the English Golden Rules (pragmatic_segmenter)", () => {
  it("gets at least 48 of the 50 cases right, keeping spans into the raw text", () => {
    const failures: string[] = [];
    for (const rule of GOLDEN_RULES_EN) {
      const spans = segmentSentences(rule.text);
      // The contract holds on every case, right or wrong: spans in order, inside the text, trimmed.
      spans.forEach((span, i) => {
        expect(span.start).toBeLessThan(span.end);
        expect(span.start).toBeGreaterThanOrEqual(i === 0 ? 0 : spans[i - 1]!.end);
        expect(span.end).toBeLessThanOrEqual(rule.text.length);
      });
      const got = spans.map((span) => normalise(rule.text.slice(span.start, span.end)));
      if (JSON.stringify(got) !== JSON.stringify(rule.sentences)) {
        failures.push(`#${rule.id} ${rule.name}: got ${JSON.stringify(got)}`);
      }
    }
    const score = GOLDEN_RULES_EN.length - failures.length;
    console.log(`Golden Rules: ${score}/${GOLDEN_RULES_EN.length}${failures.length ? `; failing:\n  ${failures.join("\n  ")}` : ""}`);
    expect(GOLDEN_RULES_EN).toHaveLength(50);
    expect(score, failures.join("\n")).toBeGreaterThanOrEqual(48);
  });
});
