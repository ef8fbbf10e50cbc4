import { describe, expect, it } from "vitest";
import { countCharacters, countWords } from "./count-text";

describe("countWords", () => {
  it.each([
    ["", 0],
    ["   \n\t ", 0],
    ["The council voted 7–2.", 5],
    ["Don’t count Thomas-Greenfield twice — or the dash.", 7],
    ["Café owners in Zürich", 4],
  ])("counts %j as %i words", (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});

describe("countCharacters", () => {
  it("counts UTF-16 code units, as the server's limit does", () => {
    expect(countCharacters("a😀")).toBe(3);
  });
});
