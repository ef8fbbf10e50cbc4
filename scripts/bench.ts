/**
 * npm run bench: engine time and peak memory on article pairs of about 1,000, 10,000 and
 * 70,000 words a side, beside jsdiff's diffWords on the same pairs. Prints figures; it
 * does not pass or fail. Targets (2-core machine): 1,000 words < 50 ms warm, 70,000 <
 * 1.5 s, growth close to linear; the CLI answers a short pair in < 1 s.
 * `--no-jsdiff` skips the whole-text diffWords comparison (it takes ~70 s at 70,000 words).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { diffWords } from "diff";
import { analyzeTexts } from "../lib/analysis";
import { makeBenchPair } from "./bench-corpus";

const SIZES = [1_000, 10_000, 70_000];
const withJsdiff = !process.argv.includes("--no-jsdiff");

function measure<T>(run: () => T): { ms: number; peakMb: number; result: T } {
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
  const start = performance.now();
  const result = run();
  const ms = performance.now() - start;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return { ms, peakMb: (peak - before) / 1e6, result };
}

console.log("words/side  cold ms  warm ms  heap +MB  findings  jsdiff diffWords ms");
let previous: { words: number; ms: number } | null = null;
for (const size of SIZES) {
  const pair = makeBenchPair(size);
  const words = pair.original.split(/\s+/).length;
  const cold = measure(() => analyzeTexts(pair));
  const warm = measure(() => analyzeTexts(pair));
  const jsdiff = withJsdiff ? measure(() => diffWords(pair.original, pair.suspect)).ms.toFixed(0) : "skipped";
  console.log(
    `${String(words).padStart(10)}  ${cold.ms.toFixed(0).padStart(7)}  ${warm.ms.toFixed(0).padStart(7)}  ${warm.peakMb.toFixed(0).padStart(8)}  ${String(warm.result.findings.length).padStart(8)}  ${jsdiff.padStart(19)}`,
  );
  if (previous) console.log(`            growth: ${(warm.ms / previous.ms).toFixed(1)}x time for ${(words / previous.words).toFixed(1)}x words`);
  previous = { words, ms: warm.ms };
}

const dir = mkdtempSync(join(tmpdir(), "unspun-bench-"));
const short = makeBenchPair(300);
writeFileSync(join(dir, "o.txt"), short.original);
writeFileSync(join(dir, "s.txt"), short.suspect);
const bin = new URL("../bin/unspun.mjs", import.meta.url).pathname;
const start = performance.now();
execFileSync(process.execPath, [bin, "analyze", "--original", join(dir, "o.txt"), "--suspect", join(dir, "s.txt"), "--json"], { stdio: "pipe" });
console.log(`CLI on a 300-word pair, start to answer: ${(performance.now() - start).toFixed(0)} ms`);
