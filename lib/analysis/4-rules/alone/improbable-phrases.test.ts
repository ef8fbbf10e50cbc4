import { describe, expect, it } from "vitest";
import { analyzeTexts } from "../../analyze";
import { CORROBORATION } from "./corroboration";
import { detectImprobablePhrases, reverseSpin, reverseSpinGapped } from "./improbable-phrases";

describe("reverse spinning", () => {
  it.each([
    ["supreme", "tribunal", "supreme court"],
    ["climate", "alteration", "climate change"],
    // An ordinal or post-determiner is a content word here, unlike "be" or "up".
    ["erstwhile", "president", "former president"],
  ])("reads “%s %s” as a spun “%s”", (first, second, original) => {
    expect(reverseSpin(first, second)?.suggestion).toBe(original);
  });

  it.each([
    ["prime", "minister"],
    ["press", "conference"],
    ["diplomatic", "relations"],
    ["heavy", "rain"],
  ])("leaves the established “%s %s” alone", (first, second) => {
    expect(reverseSpin(first, second)).toBeNull();
  });

  it.each([
    ["rite", "of", "transition", "rite of passage"],
    ["trial", "and", "erroneousness", "trial and error"],
    ["waste", "of", "clip", "waste of time"],
  ])("reads “%s %s %s” as a spun “%s”", (first, middle, last, original) => {
    expect(reverseSpinGapped(first, middle, last)?.suggestion).toBe(original);
  });

  it("takes no company from a reading the original will drop", () => {
    // "supreme tribunal" sits in a sentence the original pairs and contradicts ("tribunal"): it vouches for nothing.
    const analysis = analyzeTexts({
      original: "The tribunal heard the case on Monday.",
      suspect: "The supreme tribunal heard the case on Monday. The runners crossed the completion line in the rain.",
    });
    expect(analysis.findings.map((f) => f.suggestion)).not.toContain("finish line");
  });

  it("never reads a clause with an auxiliary inside as a phrase", () => {
    expect(detectImprobablePhrases("An employment tribunal has ruled that the riders are workers.")).toEqual([]);
  });

  it("never joins a verb to a noun across “and”: that starts a new clause", () => {
    const text = "Work is scheduled to begin in the spring and take about three years.";
    expect(detectImprobablePhrases(text)).toEqual([]);
  });

  it.each([
    ["talk", "made"],
    ["post", "provides"],
  ])("never reads a noun and its verb (“%s %s”) as two swapped words", (first, second) => {
    expect(reverseSpin(first, second)).toBeNull();
  });

  it("flags the garbled pair in running text with its likely original, never function words", () => {
    const text = "Lawyers said the supreme tribunal would rule on climate alteration soon, as the law of the land demands.";
    const findings = detectImprobablePhrases(text);
    const flagged = findings.map((f) => [text.slice(f.suspect!.start, f.suspect!.end), f.suggestion]);
    expect(flagged).toEqual([
      ["supreme tribunal", "supreme court"],
      ["climate alteration", "climate change"],
    ]);
    for (const f of findings) expect(f).toMatchObject({ kind: "garbled-phrase", severity: "medium", original: null });
  });

  it.each([
    ["despairing", "quantities", "desperate measures"],
    ["tributary", "carelessness", "contributory negligence"],
  ])("undoes both words of “%s %s”: “%s”, however rare a fixed expression", (first, second, original) => {
    expect(reverseSpin(first, second)?.suggestion).toBe(original);
  });

  it("never offers a function word as the likely original of a content word", () => {
    const text = "Let us follow that path together, and let communities participate in improving them.";
    expect(detectImprobablePhrases(text).map((f) => f.suggestion)).toEqual([]);
  });

  it("needs no gain over a word the model never met: an established reading is enough", () => {
    expect(reverseSpin("figurer", "game")?.suggestion).toBe("computer game");
    // However rare the phrase: nothing written with such a word is English the model knows.
    expect(reverseSpin("retail", "concatenations")?.suggestion).toBe("retail chains");
  });

  it("accepts a rare phrase as the original when it is tightly bound and the written word much rarer", () => {
    expect(reverseSpin("clinker", "blocks")?.suggestion).toBe("cinder blocks");
    // "shades" is no rarer than "sunglasses": a writer's word, however rare the phrase it might have been.
    expect(reverseSpin("mirrored", "shades")).toBeNull();
  });

  it("undoes a thesaurus's wider relative only into a fixed expression, over a much rarer word", () => {
    // "clergyman" is no synonym of "minister" but its parent, as thesauri list it.
    expect(reverseSpin("prime", "clergyman")?.suggestion).toBe("prime minister");
    // "ecologist" is a sister of "biologist", and hardly rarer: a scientist's own word, at
    // most a tentative reading that needs confident ones beside it.
    const ecologist = reverseSpin("marine", "ecologist");
    expect(ecologist === null || ecologist.tentative).toBe(true);
    expect(detectImprobablePhrases("She works as a marine ecologist in Hobart.")).toEqual([]);
  });

  it("never reads a double swap through far senses of both words", () => {
    expect(reverseSpin("brought", "pressure")).toBeNull();
  });

  it("reads a sentence's capitalised first word like any other, never a name", () => {
    const text = "Climate alteration is the biggest threat. Lang spoke first. Tribunal said David Lang would wait.";
    const findings = detectImprobablePhrases(text, () => false, [{ start: 0, end: 41 }, { start: 42, end: 59 }, { start: 60, end: text.length }]);
    expect(findings.map((f) => [text.slice(f.suspect!.start, f.suspect!.end), f.suggestion])).toEqual([["Climate alteration", "Climate change"]]);
  });

  it("reads the ordinary words inside a multiword name, keeping their capitals", () => {
    const text = "Lawyers told the Supreme Tribunal of Ghana that ships in the South China Ocean were seized.";
    const flagged = detectImprobablePhrases(text).map((f) => [text.slice(f.suspect!.start, f.suspect!.end), f.suggestion]);
    expect(flagged).toEqual([
      ["Supreme Tribunal", "Supreme Court"],
      ["China Ocean", "China Sea"],
    ]);
  });

  it("never pairs a name's word with the words around it, nor reads a name through a far sense", () => {
    // "feather" is a far sense of "square"; a person's name holds words WordNet does not know.
    const text = "Fires spread near Red Feather Lakes, said Karen Lindqvist of the Pine Ridge market town.";
    expect(detectImprobablePhrases(text)).toEqual([]);
  });

  it("keeps a word that fits its other neighbour far better than the likely original would", () => {
    for (const text of ["Venice was an important center of trade with the East.", "The IBM main frame computers have been the workhorse of the business."]) {
      expect(detectImprobablePhrases(text).map((f) => text.slice(f.suspect!.start, f.suspect!.end))).toEqual([]);
    }
    expect(reverseSpin("important", "center")?.suggestion).toBe("significant sum");
  });

  it("skips wording the original shares", () => {
    const text = "They spoke of climate alteration.";
    expect(detectImprobablePhrases(text, () => true)).toEqual([]);
  });

  it("reads a weaker case only beside a confident one: a spinner swaps all through a passage", () => {
    // "completion line" → "finish line" is a wider relative on too little evidence to stand alone ...
    expect(reverseSpin("completion", "line")).toMatchObject({ suggestion: "finish line", tentative: true });
    const alone = "The runners crossed the completion line in the rain.";
    expect(detectImprobablePhrases(alone)).toEqual([]);
    // ... but beside "supreme tribunal" it is one more swap, and says why it is flagged.
    const beside = "The supreme tribunal heard that the runners crossed the completion line in the rain.";
    const findings = detectImprobablePhrases(beside);
    expect(findings.map((f) => [beside.slice(f.suspect!.start, f.suspect!.end), f.suggestion])).toEqual([
      ["supreme tribunal", "supreme court"],
      ["completion line", "finish line"],
    ]);
    expect(findings[1]!.message).toMatch(/beside the other swapped phrases/);
    // In a sentence the original will check (the reading stays only if the original says "finish line"), it needs no company.
    expect(detectImprobablePhrases(alone, () => false, [], () => true).map((f) => f.suggestion)).toEqual(["finish line"]);
    // Far from it (more than CORROBORATION.chars away), it stands alone again.
    const filler = "Nothing else of note happened that day. ".repeat(Math.ceil(CORROBORATION.chars / 40) + 1);
    const far = `The supreme tribunal sat. ${filler}The runners crossed the completion line.`;
    expect(detectImprobablePhrases(far).map((f) => f.suggestion)).toEqual(["supreme court"]);
  });
});
