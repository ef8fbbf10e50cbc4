import { describe, expect, it } from "vitest";
import { thesaurusRelatives, thesaurusSubstitutes } from "./substitutes";

describe("thesaurusRelatives", () => {
  it("offers a word's children and parent, as a thesaurus lists them, in the written inflection", () => {
    expect(thesaurusRelatives("clergyman")).toContain("minister");
    expect(thesaurusRelatives("conferences")).toContain("meetings");
    expect(thesaurusRelatives("minister")).toContain("clergyman");
  });

  it("never repeats a synonym, the word itself, or a name WordNet files as an instance", () => {
    const relatives = thesaurusRelatives("clergyman");
    for (const synonym of thesaurusSubstitutes("clergyman")) expect(relatives).not.toContain(synonym);
    expect(relatives).not.toContain("clergyman");
    // John Wesley is an instance of a clergyman, not a kind of one.
    expect(relatives).not.toContain("wesley");
  });
});
