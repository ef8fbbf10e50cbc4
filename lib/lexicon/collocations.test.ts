import { describe, expect, it } from "vitest";
import { collocationAlternatives, collocationSource, participleAlternative } from "./collocations";

describe("collocationSource", () => {
  it.each([
    ["spy", "agencies", "news"],
    ["intelligence", "agency", "news"],
    ["detective", "agency", "wordnet"],
    ["abnormal", "condition", "gloss"],
    ["little", "number", null],
    ["hands", "transfers", null],
  ] as const)("%s %s → %s", (modifier, head, source) => {
    expect(collocationSource(modifier, head)).toBe(source);
  });
});

describe("collocationAlternatives", () => {
  const best = (modifier: string, head: string, noun: boolean) => {
    const [first] = collocationAlternatives(modifier, head, noun);
    return first ? `${first.modifier} ${first.head}` : null;
  };

  it.each([
    ["little", "number", false, "small number"],
    ["hands", "transfers", true, "arms transfer"],
    ["economically", "disturbed", false, "economically troubled"],
    ["meeting", "call", true, "conference call"],
  ] as const)("%s %s → %s", (modifier, head, noun, expected) => {
    expect(best(modifier, head, noun)).toBe(expected);
  });

  it.each([
    ["huge", "number", false],
    ["heavy", "rainfall", false],
    ["housing", "agency", true],
    ["security", "firm", true],
    ["card", "numbers", true],
    ["defence", "cooperation", true],
  ] as const)("offers nothing for the honest %s %s", (modifier, head, noun) => {
    expect(best(modifier, head, noun)).toBeNull();
  });
});

describe("participleAlternative", () => {
  it.each([
    ["working", "income", "operating income"],
    ["working", "incomes", "operating income"],
    ["rising", "prices", null],
    ["reported", "income", null],
    ["small", "income", null],
    ["meeting", "room", null],
  ] as const)("%s %s → %s", (modifier, head, expected) => {
    const found = participleAlternative(modifier, head);
    expect(found ? `${found.modifier} ${found.head}` : null).toBe(expected);
  });
});
