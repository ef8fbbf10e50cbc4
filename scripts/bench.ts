/**
 * npm run bench: engine time and peak memory on article pairs of about 1,000, 10,000 and
 * 70,000 words a side (built from the eval corpus: real prose with real spinner damage),
 * beside jsdiff's diffWords on the same whole texts. Prints figures; it does not pass or
 * fail. Targets on a 2-core machine: 1,000 words < 50 ms warm, 70,000 < 1.5 s, growth
 * close to linear, and the CLI answering a short pair in < 1 s.
 * `--no-jsdiff` skips the diffWords comparison (~70 s at 70,000 words).
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const SIZES = [1_000, 10_000, 70_000];
const passThrough = process.argv.includes("--no-jsdiff") ? ["--no-jsdiff"] : [];
const root = fileURLToPath(new URL("..", import.meta.url));

type Figures = { words: number; suspectWords: number; coldMs: number; warmMs: number; peakRssMb: number; findings: number; jsdiffMs: number | null };

console.log("words a side   cold ms   warm ms   peak RSS MB   findings   jsdiff diffWords ms");
let previous: Figures | null = null;
for (const size of SIZES) {
  const output = execFileSync(process.execPath, ["--import", "tsx", "scripts/bench-one.ts", String(size), ...passThrough], { cwd: root, encoding: "utf8" });
  const figures = JSON.parse(output.trim().split("\n").pop() ?? "{}") as Figures;
  console.log(
    `${`${figures.words}/${figures.suspectWords}`.padStart(12)}  ${figures.coldMs.toFixed(0).padStart(8)}  ${figures.warmMs.toFixed(0).padStart(8)}  ${figures.peakRssMb.toFixed(0).padStart(12)}  ${String(figures.findings).padStart(9)}  ${(figures.jsdiffMs === null ? "skipped" : figures.jsdiffMs.toFixed(0)).padStart(20)}`,
  );
  if (previous) console.log(`              growth: ${(figures.warmMs / previous.warmMs).toFixed(1)}x the time for ${(figures.words / previous.words).toFixed(1)}x the words`);
  previous = figures;
}

const started = performance.now();
execFileSync(process.execPath, ["bin/unspun.mjs", "analyze", "--original", "eval/corpus/local-water-rates/original.txt", "--suspect", "eval/corpus/local-water-rates/spun.txt", "--json"], { cwd: root, stdio: "pipe" });
console.log(`CLI on a 330-word pair, start to answer: ${(performance.now() - started).toFixed(0)} ms`);
