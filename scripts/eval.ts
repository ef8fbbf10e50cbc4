/**
 * `npm run eval [-- --json] [-- --verbose]`: measures the engine on eval/corpus (and the
 * shared example pair when ../shared/examples exists). It measures, it does not gate:
 * the exit code is 0 whatever the figures, 2 only when the command is misused.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyzeTexts, ENGINE_NAME } from "../lib/analysis";
import { fingerprintCorpus, heldOutPart, isHeldOut, loadCorpus } from "./eval-corpus";
import { formatReport } from "./eval-report";
import { runEval } from "./eval-run";
import { runFactsReport } from "./devset/facts-report";
import { runSpinnerReport } from "./devset/spinner-report";

const USAGE = "usage: npm run eval -- [--json] [--verbose] [--show-heldout]";

function main(argv: string[]): number {
  const known = new Set(["--json", "--verbose", "-v", "--show-heldout", "--help", "-h"]);
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
  report.corpus.fingerprint = fingerprintCorpus(corpus);
  // Held-out articles are scored twice: within the totals, and on their own, so tuning on
  // the listed misses can be checked against articles nobody tuned on.
  const heldOut = corpus.heldOut.length ? { articles: corpus.heldOut, report: runEval(heldOutPart(corpus), analyzeTexts, ENGINE_NAME) } : null;
  if (!argv.includes("--show-heldout")) {
    const hidden = (d: { pair: string }) => isHeldOut(d.pair, corpus.heldOut);
    report.hiddenDetails = report.details.filter(hidden).length;
    report.details = report.details.filter((d) => !hidden(d));
    if (heldOut) heldOut.report.details = [];
  }
  const spinner = runSpinnerReport(join(repoRoot, "eval"), analyzeTexts);
  const facts = runFactsReport(join(repoRoot, "eval"), analyzeTexts, { verbose: argv.includes("--verbose") || argv.includes("-v") });
  if (argv.includes("--json")) process.stdout.write(`${JSON.stringify({ ...report, heldOut, spinner: spinner.report, plantedFacts: facts.report }, null, 2)}\n`);
  else process.stdout.write(`${formatReport(report, argv.includes("--verbose") || argv.includes("-v"), heldOut)}\n\n${spinner.lines.join("\n")}\n\n${facts.lines.join("\n")}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
