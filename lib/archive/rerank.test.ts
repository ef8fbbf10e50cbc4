import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractTerms } from "./terms";
import { rerankCandidates, weightedOverlap } from "./rerank";
import { clearSource } from "./search";
import type { ArchiveArticle, Candidate } from "./types";

const article = (id: string, text: string): ArchiveArticle => ({ id, title: id, url: null, published: null, text, addedAt: "", updatedAt: "" });
const corpus = (topic: string, file: string) => readFileSync(`eval/corpus/${topic}/${file}`, "utf8");

describe("rerank", () => {
  it("scores identical term sets 1 and disjoint ones 0", () => {
    const a = new Map([["wx", 2], ["n5", 7]]);
    expect(weightedOverlap(a, a)).toBeCloseTo(1);
    expect(weightedOverlap(a, new Map([["wy", 3]]))).toBe(0);
  });

  it("puts the original of a spun copy above another article on a similar subject, with its quotation as evidence", () => {
    const suspect = corpus("crime-bank-fraud", "spun.txt");
    const ranked = rerankCandidates(suspect, extractTerms(suspect), [article("breach", corpus("tech-retail-breach", "original.txt")), article("fraud", corpus("crime-bank-fraud", "original.txt"))]);
    expect(ranked.map((c) => c.id)).toEqual(["fraud", "breach"]);
    expect(ranked[0]!.evidence.quotations.length).toBeGreaterThan(0);
    expect(ranked[1]!.evidence.quotations).toEqual([]);
  });

  it("calls a candidate clearly the source only with a high score and a clear lead", () => {
    const c = (score: number): Candidate => ({ id: String(score), title: "", url: null, published: null, score, evidence: { names: [], numbers: [], quotations: [], rareWords: [] } });
    expect(clearSource([c(0.65), c(0.1)])?.score).toBe(0.65);
    expect(clearSource([c(0.65), c(0.6)])).toBeNull();
    expect(clearSource([c(0.2)])).toBeNull();
    expect(clearSource([])).toBeNull();
  });
});
