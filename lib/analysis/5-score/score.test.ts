import { describe, expect, it } from "vitest";
import { sameWords, summarize } from "./score";
import { WATER_RATES_HONEST, WATER_RATES_SPUN } from "./fixtures/water-rates";

/** A text cut into sentences at each full stop followed by a space. */
function docOf(text: string) {
  const sentences = text.split(/(?<=\.) /).reduce<{ start: number; end: number }[]>((spans, s) => {
    const start = spans.length ? spans[spans.length - 1]!.end + 1 : 0;
    return [...spans, { start, end: start + s.length }];
  }, []);
  return { text, sentences };
}

describe("sameWords", () => {
  it("treats line endings, runs of spaces and edge spacing as no change", () => {
    expect(sameWords("The port reopened.\r\nTalks resume.", "The port reopened.\nTalks resume.")).toBe(true);
    expect(sameWords("  The port   reopened.\n\n", "The port reopened.")).toBe(true);
    expect(sameWords("The port\u00a0reopened.", "The port reopened.")).toBe(true);
  });

  it("sees any other difference, however small", () => {
    expect(sameWords("The port reopened.", "The port re-opened.")).toBe(false);
    expect(sameWords("The port reopened.", "The portreopened.")).toBe(false);
    expect(sameWords("The port reopened.", "The port reopened. Talks resume.")).toBe(false);
    expect(sameWords("The port reopened. Talks", "The port reopened.")).toBe(false);
    expect(sameWords("", "x")).toBe(false);
    expect(sameWords("", " \n")).toBe(true);
  });
});

describe("summary wording", () => {
  it("says 'matches' when one suspect sentence matches", async () => {
    const { analyzeTexts } = await import("../analyze");
    const analysis = analyzeTexts({
      original: "The harbour board approved a new crane for the eastern quay on Monday after a long debate.",
      suspect: "The harbour board approved a new crane for the eastern dock on Monday after a long debate.",
    });
    expect(analysis.summary.explanation).toMatch(/^1 of 1 suspect sentence matches the original/);
  });
});

describe("judged alone", () => {
  const text = "The port reopened on Monday after repairs. A unexpected storm had closed the harbour. Ships queued at the prime clergyman's quay. Trade resumed by noon.";
  const doc = docOf(text);
  const at = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });
  const garbled = { kind: "garbled-phrase", severity: "medium", suspect: at("prime clergyman"), original: null, message: "m" } as const;
  const article = { kind: "garbled-phrase", severity: "low", suspect: at("A unexpected"), original: null, message: "a" } as const;
  const swap = { kind: "synonym-swap", severity: "low", suspect: at("queued"), original: null, message: "s" } as const;

  it("never calls one odd phrase spinning", () => {
    expect(summarize(null, doc, [], [garbled], "en").verdict).toBe("no signs of spinning");
    expect(summarize(null, doc, [], [garbled, swap], "en").verdict).toBe("no signs of spinning");
  });

  it("counts an article left unfitting by a swap as a second trace beside a garbled phrase", () => {
    expect(summarize(null, doc, [], [garbled, article], "en").verdict).toMatch(/spun/);
    expect(summarize(null, doc, [], [article, { ...article }], "en").verdict).toBe("no signs of spinning");
  });
});

describe("a changed quote", () => {
  it("counts once toward the spin score, whatever the findings inside it say", () => {
    const text = '"We will not rebuild the pier," she said. The council met on Monday. The vote was close.';
    const sentences = [{ start: 0, end: 41 }, { start: 42, end: 68 }, { start: 69, end: text.length }];
    const doc = { text, sentences };
    const original = { text: text.replace(" not", ""), sentences };
    const quote = { kind: "quote-change", severity: "high", suspect: { start: 0, end: 30 }, original: null, message: "q" } as const;
    const flipped = { kind: "negation-change", severity: "high", suspect: { start: 4, end: 12 }, original: null, message: "n" } as const;
    const alone = summarize(original, doc, [], [quote], "en").spinScore;
    expect(alone).toBeGreaterThan(0);
    expect(summarize(original, doc, [], [quote, flipped], "en").spinScore).toBe(alone);
    expect(summarize(original, doc, [], [quote, { ...flipped, suspect: { start: 45, end: 52 } }], "en").spinScore).toBeGreaterThan(alone);
  });
});

describe("synonym swaps", () => {
  it("weigh less one to a sentence than several in one sentence", () => {
    const text = "The rate rose in May. The council met in June. The plan began in July. The vote came in August.";
    const sentences = [0, 22, 47, 71].map((start, i, all) => ({ start, end: (all[i + 1] ?? text.length + 1) - 1 }));
    const doc = { text, sentences };
    const original = { text: text.replace("rose", "climbed"), sentences };
    const swapAt = (start: number) => ({ kind: "synonym-swap", severity: "low", suspect: { start, end: start + 3 }, original: null, message: "s" }) as const;
    const spread = summarize(original, doc, [], [swapAt(9), swapAt(34), swapAt(56)], "en").spinScore;
    const together = summarize(original, doc, [], [swapAt(0), swapAt(4), swapAt(9)], "en").spinScore;
    expect(spread).toBeGreaterThan(0);
    expect(spread).toBeLessThan(together);
  });
});

describe("judged alone, wording unusual throughout", () => {
  const garbledAt = (text: string, phrase: string) => ({ kind: "garbled-phrase", severity: "medium", suspect: { start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length }, original: null, message: "m" }) as const;

  it("makes one garbled phrase in thesaurus-swapped copy 'possibly spun', and says why", () => {
    const summary = summarize(null, docOf(WATER_RATES_SPUN), [], [garbledAt(WATER_RATES_SPUN, "consumption water")], "en");
    expect(summary.verdict).toBe("possibly spun");
    expect(summary.spinScore).toBeGreaterThanOrEqual(0.2);
    expect(summary.explanation).toMatch(/\d+% of its pairs of content words are ones the language model never saw together/);
  });

  it("leaves one odd phrase in ordinary copy unjudged, and never judges wording without a finding", () => {
    const honest = summarize(null, docOf(WATER_RATES_HONEST), [], [garbledAt(WATER_RATES_HONEST, "drinking water")], "en");
    expect(honest.verdict).toBe("no signs of spinning");
    expect(honest.explanation).not.toMatch(/content words/);
    expect(summarize(null, docOf(WATER_RATES_SPUN), [], [], "en").verdict).toBe("no signs of spinning");
  });

  it("counts the wording only beside a medium or high finding, and only in English", () => {
    const low = { ...garbledAt(WATER_RATES_SPUN, "consumption water"), kind: "synonym-swap", severity: "low" } as const;
    expect(summarize(null, docOf(WATER_RATES_SPUN), [], [low], "en").verdict).toBe("no signs of spinning");
    expect(summarize(null, docOf(WATER_RATES_SPUN), [], [garbledAt(WATER_RATES_SPUN, "consumption water")], "de").explanation).not.toMatch(/content words/);
  });
});
