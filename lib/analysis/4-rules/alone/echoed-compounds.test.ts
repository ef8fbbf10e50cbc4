import { describe, expect, it } from "vitest";
import { analyzeTexts } from "../../analyze";

const ORIGINAL = [
  "Seoul, South Korea — South Korea's spy agency said on Monday that the two countries had deepened their ties.",
  "Officials met in the capital for three days of talks on trade and security.",
].join("\n\n");

describe("compounds of the original reworded elsewhere", () => {
  it("flags a sister modifier on the original's head noun in a reworded sentence, with the original compound", () => {
    const suspect = [
      "The two countries have deepened their ties, according to the detective agency of South Korea, which spoke on Monday.",
      "Officials met in the capital for three days of talks on trade and security.",
    ].join("\n\n");
    const analysis = analyzeTexts({ original: ORIGINAL, suspect });
    const garbled = analysis.findings.filter((f) => f.kind === "garbled-phrase");
    expect(garbled.map((f) => [suspect.slice(f.suspect!.start, f.suspect!.end), f.suggestion])).toContainEqual(["detective agency", "spy agency"]);
  });

  it("stays quiet when the suspect also keeps the original's compound", () => {
    const suspect = [
      "South Korea's spy agency said on Monday that the two countries had deepened their ties; a detective agency disagreed.",
      "Officials met in the capital for three days of talks on trade and security.",
    ].join("\n\n");
    const analysis = analyzeTexts({ original: ORIGINAL, suspect });
    expect(analysis.findings.filter((f) => f.suggestion === "spy agency")).toEqual([]);
  });

  it("takes no verb with its object for a compound's head", () => {
    const original = "Puffins are leaving Maine as warming seas drive the small fish north.\n\nThe study was published on Wednesday.";
    const suspect = "Warmer oceans drive Atlantic puffins north, researchers say.\n\nThe study was published on Wednesday.";
    const analysis = analyzeTexts({ original, suspect });
    expect(analysis.findings.filter((f) => f.kind === "garbled-phrase").map((f) => f.message)).toEqual([]);
  });

  it("takes no noun and its verb for a compound the model never saw", () => {
    const original = "The museum's new wing opens in May, the trustees said.\n\nTickets go on sale next week.";
    const suspect = "The museum's extension opens in May, the trustees said.\n\nTickets go on sale next week.";
    const analysis = analyzeTexts({ original, suspect });
    expect(analysis.findings.filter((f) => f.severity !== "low")).toEqual([]);
  });
});
