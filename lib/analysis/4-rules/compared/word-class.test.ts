import { describe, expect, it } from "vitest";
import { buildsNounPhrases, isMainlyNoun, isNominalParticiple } from "./word-class";

describe("word classes", () => {
  it("reads a plural as the noun it is, whatever other lemma morphy offers", () => {
    // Morphy also reads "routes" as a form of "rout"; adding that verb's senses made it a verb.
    expect(isMainlyNoun("routes")).toBe(true);
    expect(isMainlyNoun("found")).toBe(false);
  });

  it("lets a participle modify a noun only where WordNet lists the form itself as noun or adjective", () => {
    expect(isNominalParticiple("lending")).toBe(true);
    expect(isNominalParticiple("written")).toBe(true);
    expect(isNominalParticiple("hoping")).toBe(false);
    expect(isNominalParticiple("housing")).toBe(true);
    expect(isNominalParticiple("market")).toBe(false); // no verb form at all
    expect(buildsNounPhrases("stated")).toBe(false);
  });
});
