import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fingerprintCorpus, isHeldOut, loadCorpus } from "./eval-corpus";

const repoRoot = join(import.meta.dirname, "..");
const evalDir = join(repoRoot, "eval");
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe("the evaluation corpus in eval/", () => {
  const corpus = loadCorpus(evalDir, repoRoot);

  it("has every annotated span in its text and every file well formed", () => {
    expect(corpus.problems).toEqual([]);
  });

  it("fingerprints the corpus so a changed span changes the printed hash", () => {
    const before = fingerprintCorpus(corpus);
    expect(fingerprintCorpus(loadCorpus(evalDir, repoRoot))).toBe(before);
    const [first, ...rest] = corpus.pairs;
    const moved = { ...corpus, pairs: [{ ...first!, expected: first!.expected.slice(1) }, ...rest] };
    expect(fingerprintCorpus(moved)).not.toBe(before);
  });

  it("gives each article an original, a spun copy and an honest edit of news length", () => {
    const ids = readdirSync(join(evalDir, "corpus"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const dir = join(evalDir, "corpus", id);
      expect(readdirSync(dir).sort(), id).toEqual(["edit.txt", "original.txt", "spun.expect.json", "spun.txt"]);
      const n = words(readFileSync(join(dir, "original.txt"), "utf8"));
      expect(n, `${id}/original.txt words`).toBeGreaterThanOrEqual(250);
      expect(n, `${id}/original.txt words`).toBeLessThanOrEqual(500);
    }
  });

  it("annotates the damage kinds a spinner leaves, including some a reader can see alone", () => {
    const spun = corpus.pairs.filter((p) => p.class === "spun" && p.id.endsWith("/spun"));
    for (const pair of spun) {
      const kinds = new Set(pair.expected.flatMap((s) => s.kinds[0] ?? []));
      expect([...kinds], pair.id).toEqual(expect.arrayContaining(["garbled-phrase", "number-change", "quote-change"]));
      expect(pair.expected.some((s) => s.alone), pair.id).toBe(true);
    }
  });
});

describe("isHeldOut", () => {
  it("matches pairs and clean texts of a held-out article only", () => {
    expect(isHeldOut("weather/spun", ["weather"])).toBe(true);
    expect(isHeldOut("weather-2/spun", ["weather"])).toBe(false);
    expect(isHeldOut("unrelated: weather vs x/original", ["weather"])).toBe(false);
  });
});

describe("loadCorpus", () => {
  const dir = mkdtempSync(join(tmpdir(), "unspun-eval-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reports a span missing from its text and a bad kind instead of throwing", () => {
    mkdirSync(join(dir, "corpus", "a"), { recursive: true });
    writeFileSync(join(dir, "corpus", "a", "original.txt"), "The spy agency said so.");
    writeFileSync(join(dir, "corpus", "a", "spun.txt"), "The detective agency stated so.");
    const spans = [
      { text: "detective agency", kinds: ["garbled-phrase"], alone: true },
      { text: "detective agency", occurrence: 1, kinds: ["garbled-phrase"], alone: true },
      { text: "s", kinds: ["garbled-phrase"], alone: true },
    ];
    writeFileSync(join(dir, "corpus", "a", "spun.expect.json"), JSON.stringify({ class: "spun", spans }));
    mkdirSync(join(dir, "corpus", "b"));
    writeFileSync(join(dir, "corpus", "b", "original.txt"), "Text.");
    writeFileSync(join(dir, "corpus", "b", "spun.txt"), "Text.");
    writeFileSync(join(dir, "corpus", "b", "spun.expect.json"), JSON.stringify({ class: "spun", spans: [{ text: "Text", kinds: ["typo"], alone: true }] }));
    const corpus = loadCorpus(dir, dir);
    expect(corpus.pairs.map((p) => [p.id, p.expected.length])).toEqual([["a/spun", 1]]);
    expect(corpus.problems).toHaveLength(4);
    expect(corpus.problems[0]).toContain('"detective agency" (occurrence 1) is not in the suspect');
    expect(corpus.problems[1]).toContain('"s" occurs more than once in the suspect');
    expect(corpus.problems[2]).toContain("kinds");
  });
});
