import { describe, expect, it } from "vitest";
import { detectMisfitWords } from "./misfit-words";

const misfits = (text: string) =>
  detectMisfitWords(text, [{ start: 0, end: text.length }]).map((f) => `${text.slice(f.suspect!.start, f.suspect!.end)} → ${f.suggestion}`);

describe("detectMisfitWords", () => {
  it("names the common synonym a sentence calls for where a thesaurus word sits", () => {
    expect(misfits("Officers were handed wider constabulary powers after the riots.")).toEqual(["constabulary → police"]);
    expect(misfits("The new rules do not guide effect until the spring.")).toEqual(["guide → take"]);
    expect(misfits("Voters will elect deuce new councillors in May.")).toEqual(["deuce → two"]);
  });

  it("leaves the honest wording of the same sentences alone", () => {
    expect(misfits("Officers were handed wider police powers after the riots.")).toEqual([]);
    expect(misfits("The new rules do not take effect until the spring.")).toEqual([]);
    expect(misfits("Voters will elect two new councillors in May.")).toEqual([]);
  });

  it("judges a word the model never met by how well its common synonym fits there", () => {
    expect(misfits("The laundry motortruck stops here every week.")).toEqual(["motortruck → truck"]);
    expect(misfits("They sold the figurer company to a rival last year.")).toEqual(["figurer → computer"]);
    // Another spelling is the writer's dialect: the US model knows only "programs".
    expect(misfits("The council runs youth programmes in the town.")).toEqual([]);
  });

  it("takes a word used in the same contexts as its synonym for dialect, not a swap", () => {
    // The US model prefers "students"; British copy says "pupils".
    expect(misfits("The headteacher allowed pupils to keep their phones in lockers.")).toEqual([]);
  });

  it("judges only lower-case words, never names or the first word", () => {
    expect(misfits("Constabulary Powers Act came into force on Monday.")).toEqual([]);
  });

  it("skips wording the original shares", () => {
    const text = "Officers were handed wider constabulary powers after the riots.";
    expect(detectMisfitWords(text, [{ start: 0, end: text.length }], () => true)).toEqual([]);
  });

  it("points at the word and says why, with the synonym as the likely original", () => {
    const text = "Voters will elect deuce new councillors in May.";
    const [finding] = detectMisfitWords(text, [{ start: 0, end: text.length }]);
    expect(finding).toMatchObject({ kind: "garbled-phrase", severity: "medium", suggestion: "two", original: null });
    expect(finding!.message).toContain("“deuce”");
  });
});
