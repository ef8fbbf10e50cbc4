import { describe, expect, it } from "vitest";
import { extractTerms, wordTerms } from "./terms";
import { indexTerms } from "./index-terms";

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
    const terms = extractTerms("The cat and the dog, it's said, were there.").map((t) => t.term);
    expect(terms).toContain("wcat");
    expect(terms).not.toContain("wthe");
    for (const term of terms) expect(term).toMatch(/^[a-z0-9]+$/);
  });

  it("indexes names, numbers and rare words but not the commonest vocabulary", () => {
    const terms = indexTerms("Officials said on Monday that Halverson paid 1,200 for the tarpaulin.").split(" ");
    expect(terms).toEqual(expect.arrayContaining(["whalverson", "n1200", "wtarpaulin"]));
    expect(terms).not.toContain("wsaid");
    expect(terms).not.toContain("wsay");
  });
});
