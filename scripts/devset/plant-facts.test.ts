import { describe, expect, it } from "vitest";
import { seededRandom } from "../seeded-random";
import { plantFacts } from "./plant-facts";

const ARTICLE = [
  "The council approved 14 new homes on Tuesday, said Mayor Denise Okonjo.",
  "Council member Miguel Delgado said the plan would not raise taxes.",
  "The homes will be built in Germany by a firm that has worked there since 2019.",
  "Prices rose sharply in March, and the first buyers are expected next year.",
].join(" ");

describe("planting fact changes", () => {
  it("changes the text where each planted fact says, and labels its kind", () => {
    const { text, facts } = plantFacts(ARTICLE, seededRandom(3), ["Lindqvist", "Santos"], 1);
    expect(facts.length).toBe(4);
    for (const fact of facts) {
      expect(text.slice(fact.start, fact.end)).toBe(fact.now);
      expect(fact.now).not.toBe(fact.was);
      expect(ARTICLE).toContain(fact.was);
      expect(["entity-change", "number-change", "negation-change"]).toContain(fact.kind);
    }
  });

  it("plants every kind the sentences offer across seeds", () => {
    const plants = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) for (const fact of plantFacts(ARTICLE, seededRandom(seed), ["Lindqvist"], 1).facts) plants.add(fact.plant);
    for (const plant of ["number", "date", "relative-date", "person", "country", "negation-added", "negation-dropped", "opposite", "ordinal"]) expect(plants).toContain(plant);
  });

  it("is deterministic for a seed, and leaves the rest of the text alone", () => {
    const a = plantFacts(ARTICLE, seededRandom(9), ["Lindqvist"]);
    expect(plantFacts(ARTICLE, seededRandom(9), ["Lindqvist"])).toEqual(a);
    let rebuilt = a.text;
    for (const fact of [...a.facts].reverse()) rebuilt = rebuilt.slice(0, fact.start) + fact.was + rebuilt.slice(fact.end);
    expect(rebuilt).toBe(ARTICLE);
  });
});
