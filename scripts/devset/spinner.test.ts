import { describe, expect, it } from "vitest";
import { seededRandom, spinText, thesaurusSynonyms, widerThesaurus } from "./spinner";

describe("the thesaurus spinner", () => {
  it("replaces content words with thesaurus synonyms and records where each landed", () => {
    const source = "The government announced a large increase in the price of bread after the harvest failed.";
    const spun = spinText(source, seededRandom(7), 1);
    expect(spun.swaps.length).toBeGreaterThan(2);
    for (const swap of spun.swaps) {
      expect(spun.text.slice(swap.start, swap.end)).toBe(swap.now);
      expect(swap.now).not.toBe(swap.was);
      expect(source).toContain(swap.was);
    }
  });

  it("keeps names, function words and the text between words", () => {
    const spun = spinText("Anna Berg said the river rose quickly in Oslo.", seededRandom(3), 1);
    expect(spun.text.startsWith("Anna Berg")).toBe(true);
    expect(spun.text).toContain(" the ");
    expect(spun.text).toContain("Oslo.");
  });

  it("spins a sentence's first word too and keeps its capital", () => {
    const spun = spinText("Prices rose. Farmers reported smaller harvests.", seededRandom(5), 1);
    const openers = spun.swaps.filter((s) => s.was === "Prices" || s.was === "Farmers");
    expect(openers.length).toBeGreaterThan(0);
    for (const swap of openers) expect(swap.now).toMatch(/^[A-Z][a-z]+$/);
  });

  it("marks a swap that breaks a WordNet multiword expression", () => {
    const spun = spinText("They held a press conference on the steps.", seededRandom(1), 1);
    expect(spun.swaps.some((s) => (s.was === "press" || s.was === "conference") && s.breaksPhrase)).toBe(true);
  });

  it("is deterministic for a seed and keeps inflection", () => {
    const a = spinText("Prices rose as farmers reported smaller harvests.", seededRandom(42));
    const b = spinText("Prices rose as farmers reported smaller harvests.", seededRandom(42));
    expect(a).toEqual(b);
    expect(thesaurusSynonyms("harvests").every((w) => w.endsWith("s"))).toBe(true);
  });

  it("with a wider thesaurus, swaps in relatives too, as thesaurus.com-style lists offer them", () => {
    expect(widerThesaurus("minister")).toEqual(expect.arrayContaining([...thesaurusSynonyms("minister"), "clergyman"]));
    // The spinner takes its candidates from the thesaurus it is given.
    const spun = spinText("The minister met the ambassador.", seededRandom(9), 1, (word) => (word === "minister" ? ["clergyman"] : []));
    expect(spun.text).toBe("The clergyman met the ambassador.");
  });
});
