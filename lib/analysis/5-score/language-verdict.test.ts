import { describe, expect, it } from "vitest";
import { analyzeTexts } from "../analyze";
import { detectLanguage } from "../1-segment/language";

const ORIGINAL_DE = [
  "Der Stadtrat von Freiburg hat am Dienstag eine Erhöhung der Wassergebühren um 4,5 Prozent beschlossen.",
  "Die neuen Tarife gelten ab dem 1. März und sollen die Sanierung der alten Leitungen im Norden der Stadt finanzieren.",
  "„Wir haben die Erhöhung so klein wie möglich gehalten“, sagte Bürgermeisterin Anna Keller nach der Sitzung.",
  "Die Opposition kritisierte, dass die Bürger erst aus der Zeitung von den Plänen erfahren hätten.",
].join(" ");
// An honest rewording: the same facts, numbers and quotation, other words around them.
const SUSPECT_DE = [
  "Am Dienstag hat der Freiburger Stadtrat beschlossen, die Wassergebühren um 4,5 Prozent anzuheben.",
  "Die neuen Tarife gelten ab dem 1. März und sollen die Erneuerung der alten Rohre im Norden der Stadt bezahlen.",
  "„Wir haben die Erhöhung so klein wie möglich gehalten“, sagte Bürgermeisterin Anna Keller nach der Sitzung.",
  "Die Opposition bemängelte, dass die Einwohner erst aus der Zeitung von den Plänen erfahren hätten.",
].join(" ");
const ORIGINAL_FR = [
  "Le conseil municipal de Lyon a voté mardi une hausse de 3 % du prix des transports en commun.",
  "La mesure entrera en vigueur le 1er janvier et doit financer l'achat de quarante nouveaux bus électriques.",
  "Les associations d'usagers ont dénoncé une décision prise sans concertation avec les habitants.",
].join(" ");

describe("the verdict on text that is not English", () => {
  it("says only numbers and quotations were checked, compared with an original", () => {
    const analysis = analyzeTexts({ original: ORIGINAL_DE, suspect: SUSPECT_DE });
    expect(analysis.summary.language).not.toBe("en");
    expect(analysis.summary.verdict).toBe("checked for numbers and quotations only");
    expect(analysis.summary.explanation).toContain("checked for numbers and quotations only");
  });

  it("never says 'no signs of spinning' for a text judged alone", () => {
    for (const suspect of [SUSPECT_DE, ORIGINAL_FR]) {
      const { summary } = analyzeTexts({ suspect });
      expect(detectLanguage(suspect)).toBe("und");
      expect(summary.verdict).toBe("checked for numbers and quotations only");
      expect(summary.verdict).not.toContain("no signs");
    }
  });

  it("still flags a changed number in German", () => {
    const changed = SUSPECT_DE.replace("4,5 Prozent", "7,5 Prozent");
    const analysis = analyzeTexts({ original: ORIGINAL_DE, suspect: changed });
    expect(analysis.findings.map((f) => f.kind)).toContain("number-change");
  });

  it("keeps the English verdicts for English text", () => {
    const english = "The council voted on Tuesday to raise water rates by 4.5 percent from March. The mayor said the rise was kept as small as possible. Critics said residents learned of the plan from the newspaper.";
    expect(analyzeTexts({ suspect: english }).summary.verdict).toBe("no signs of spinning");
  });
});
