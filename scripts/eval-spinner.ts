/**
 * `npm run eval:spinner [-- --limit N]`: only the spinner-made dev set part of `npm run
 * eval` (see scripts/devset/spinner-report.ts), with more or fewer WordNet passages.
 * Measures; never fails.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyzeTexts } from "../lib/analysis";
import { DEFAULT_PASSAGES, runSpinnerReport } from "./devset/spinner-report";

const limitAt = process.argv.indexOf("--limit");
const limit = limitAt > 0 ? Number(process.argv[limitAt + 1]) : DEFAULT_PASSAGES;
const evalDir = join(dirname(fileURLToPath(import.meta.url)), "..", "eval");
const started = performance.now();
const { lines } = runSpinnerReport(evalDir, analyzeTexts, limit);
process.stdout.write(`${lines.join("\n")}\n(${Math.round(performance.now() - started)} ms)\n`);
