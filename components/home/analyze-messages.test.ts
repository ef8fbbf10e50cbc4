import { describe, expect, it } from "vitest";
import { analysisRequestSchema } from "@/lib/validation";
import { fieldErrorsFrom, rateLimitMessage } from "./analyze-messages";

describe("fieldErrorsFrom", () => {
  it("puts the empty-suspect message on the suspect field only", () => {
    const parsed = analysisRequestSchema(1000).safeParse({ original: "Kept text.", suspect: "  " });
    expect(parsed.success).toBe(false);
    expect(!parsed.success && fieldErrorsFrom(parsed.error)).toEqual({ suspect: "Paste the suspect article: it is empty." });
  });

  it("names the limit for each side that is too long", () => {
    const parsed = analysisRequestSchema(1000).safeParse({ original: "a".repeat(1001), suspect: "b".repeat(1001) });
    expect(!parsed.success && fieldErrorsFrom(parsed.error)).toEqual({
      original: "The original is too long: the limit is 1,000 characters.",
      suspect: "The suspect is too long: the limit is 1,000 characters.",
    });
  });
});

describe("rateLimitMessage", () => {
  it.each([
    [1, "Try again in 1 second;"],
    [12, "Try again in 12 seconds;"],
    [0.2, "Try again in 1 second;"],
    [60, "Try again in 1 minute;"],
    [61, "Try again in 2 minutes;"],
  ])("after %s s says %j", (seconds, expected) => {
    expect(rateLimitMessage(seconds)).toContain(expected);
    expect(rateLimitMessage(seconds)).toContain("your text is still here");
  });
});
