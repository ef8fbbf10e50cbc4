/**
 * One benchmark size in a fresh process (so its peak memory is its own): prints JSON with
 * cold and warm engine times, peak resident memory and, unless --no-jsdiff, the time of
 * jsdiff's diffWords on the same pair. Run by scripts/bench.ts.
 */
import { diffWords } from "diff";
import { analyzeTexts } from "../lib/analysis";
import { makeBenchPair } from "./bench-corpus";

const words = Number(process.argv[2] ?? 1000);
const pair = makeBenchPair(words);
const rssBefore = process.memoryUsage().rss;
let start = performance.now();
analyzeTexts(pair);
const coldMs = performance.now() - start;
const runs = words <= 2_000 ? 20 : words <= 20_000 ? 5 : 2;
const times: number[] = [];
let findings = 0;
for (let i = 0; i < runs; i++) {
  start = performance.now();
  findings = analyzeTexts(pair).findings.length;
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const peakRssMb = process.resourceUsage().maxRSS / 1024;
let jsdiffMs: number | null = null;
if (!process.argv.includes("--no-jsdiff")) {
  start = performance.now();
  diffWords(pair.original, pair.suspect);
  jsdiffMs = performance.now() - start;
}
console.log(
  JSON.stringify({
    words: pair.original.split(/\s+/).length,
    suspectWords: pair.suspect.split(/\s+/).length,
    coldMs,
    warmMs: times[Math.floor(times.length / 2)],
    peakRssMb,
    baseRssMb: rssBefore / 1e6,
    findings,
    jsdiffMs,
  }),
);
