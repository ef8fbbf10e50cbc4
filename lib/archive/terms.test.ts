import { describe, expect, it } from "vitest";
import { extractTerms, indexTerms, wordTerms } from "./terms";

describe("retrieval terms", () => {
  it("gives a word and its spinner synonym a shared sense term", () => {
    const shared = (a: string, b: string) => wordTerms(a).filter((t) => t.startsWith("s") && wordTerms(b).includes(t));
    expect(shared("said", "stated")).not.toEqual([]);
    expect(shared("purchase", "buy")).not.toEqual([]);
    expect(shared("said", "purchase")).toEqual([]);
  });

  it("keeps numbers as one term whatever the thousands separator", () => {
    expect(indexTerms("It cost 1,200 dollars.")).toContain("n1200");
    expect(indexTerms("It cost 1200 dollars.")).toContain("n1200");
    expect(indexTerms("Shares rose 4.6 percent.")).toContain("n4p6");
  });

  it("marks capitalised words inside a sentence as names, but not a headline's or a sentence's first word", () => {
    const terms = extractTerms("HALVERSON FOODS TO BUY GROCER\n\nShares of Halverson Foods rose. Analysts were pleased.");
    const names = terms.filter((t) => t.kind === "name").map((t) => t.surface);
    expect(names).toEqual(["Halverson", "Foods"]);
  });

  it("drops function words and keeps only alphanumeric terms", () => {
    const terms = indexTerms("The cat and the dog, it's said, were there.").split(" ");
    expect(terms).not.toContain("wthe");
    for (const term of terms) expect(term).toMatch(/^[a-z0-9]+$/);
  });
});
