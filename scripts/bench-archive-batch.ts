/**
 * npm run bench:archive-batch — a batch of ARCHIVE_BATCH_FILES (default 10,000) files, one in
 * fifty empty and one in fifty binary, through `unspun archive add`: prints the time, what
 * was added and skipped, and the process's peak resident memory. Files are read one at a
 * time and written 200 per transaction; what still grows is the per-word term memo
 * (lib/archive/terms.ts, capped at 300,000 words), which made-up names keep filling.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { generateArticles, readCorpus } from "./archive-generator";

const COUNT = Number(process.env.ARCHIVE_BATCH_FILES ?? 10_000);
const dir = mkdtempSync(join(tmpdir(), "unspun-bench-batch-"));
mkdirSync(join(dir, "files"));
const paths: string[] = [];
let i = 0;
for (const article of generateArticles(readCorpus(), COUNT, 11)) {
  const path = join(dir, "files", `${i}.txt`);
  writeFileSync(path, i % 50 === 1 ? "" : i % 50 === 2 ? Buffer.from([0, 1, 2, 0, 255]) : article.text);
  paths.push(path);
  i++;
}
process.env.UNSPUN_DATA_DIR = join(dir, "data");
delete process.env.DATABASE_URL;
const { main } = await import("../bin/cli");
let peak = 0;
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
let out = "";
let skippedLines = 0;
const stdout = new PassThrough().on("data", (d) => (out += d));
const stderr = new PassThrough().on("data", (d: Buffer) => (skippedLines += d.toString().split("\n").filter((l) => l.startsWith("skipped")).length));
const stdin = new PassThrough();
stdin.end();
const started = performance.now();
const code = await main(["archive", "add", ...paths], { stdin, stdout, stderr });
const seconds = (performance.now() - started) / 1000;
clearInterval(timer);
console.log(`${COUNT.toLocaleString("en-US")} files in ${seconds.toFixed(1)} s (${Math.round(COUNT / seconds)} files/s), exit ${code}: ${out.trim()} (${skippedLines} reported on stderr)`);
console.log(`peak resident memory: ${(peak / 1e6).toFixed(0)} MB`);
rmSync(dir, { recursive: true, force: true });
