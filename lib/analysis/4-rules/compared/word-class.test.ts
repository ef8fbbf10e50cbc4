import { describe, expect, it } from "vitest";
import { buildsNounPhrases, isMainlyNoun, isNominalParticiple, isSubjectAndVerb } from "./word-class";

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

  it("tells a subject and its verb from a noun phrase", () => {
    expect(isSubjectAndVerb("council", "approved")).toBe(true);
    expect(isSubjectAndVerb("ship", "sank")).toBe(true);
    expect(isSubjectAndVerb("prices", "rose")).toBe(true);
    expect(isSubjectAndVerb("press", "conference")).toBe(false);
    expect(isSubjectAndVerb("news", "briefing")).toBe(false); // a noun in -ing form
    expect(isSubjectAndVerb("armed", "forces")).toBe(false);
  });
});
