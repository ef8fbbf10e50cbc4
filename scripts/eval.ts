/**
 * `npm run eval [-- --json] [-- --verbose]`: measures the engine on eval/corpus (and the
 * shared example pair when ../shared/examples exists). It measures, it does not gate:
 * the exit code is 0 whatever the figures, 2 only when the command is misused.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyzeTexts, ENGINE_NAME } from "../lib/analysis";
import { loadCorpus } from "./eval-corpus";
import { formatReport } from "./eval-report";
import { runEval } from "./eval-run";

const USAGE = "usage: npm run eval -- [--json] [--verbose]";

function main(argv: string[]): number {
  const known = new Set(["--json", "--verbose", "-v", "--help", "-h"]);
  const unknown = argv.filter((a) => !known.has(a));
  if (unknown.length) {
    process.stderr.write(`unknown option ${unknown[0]}; ${USAGE}\n`);
    return 2;
  }
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
  const corpus = loadCorpus(join(repoRoot, "eval"), repoRoot);
  const report = runEval(corpus, analyzeTexts, ENGINE_NAME);
  if (argv.includes("--json")) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else process.stdout.write(`${formatReport(report, argv.includes("--verbose") || argv.includes("-v"))}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
