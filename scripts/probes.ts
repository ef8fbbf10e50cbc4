/**
 * `npm run probes`: hand-made single-sentence probes, compared with their original.
 * - honest-swaps.json: honest one-phrase rewrites ("small plane" → "light aircraft"); an
 *   editor should see no medium or high finding. Prints how many draw one.
 * - reversals.json: one word turned into its opposite ("granted" → "denied"); each should
 *   be flagged high. Prints how many are.
 * "tuning" parts were looked at while building rules; "heldOut" parts were written fresh
 * and only counted; "checked" was written as held out, then one of its false alarms was
 * fixed ("prime minister" → "premier"), so it is no longer blind.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeTexts, type Finding } from "../lib/analysis";

type Probe = Record<string, [string, string][]>;

const read = (name: string): Probe => JSON.parse(readFileSync(join(import.meta.dirname, "probes", name), "utf8")) as Probe;
const verbose = process.argv.includes("--verbose");

function report(name: string, question: string, wanted: (findings: Finding[]) => boolean) {
  for (const [part, pairs] of Object.entries(read(name))) {
    let count = 0;
    for (const [original, suspect] of pairs) {
      const findings = analyzeTexts({ original, suspect }).findings;
      if (!wanted(findings)) continue;
      count++;
      if (verbose) console.log(`  ${part}: ${suspect} | ${findings.map((f) => `${f.severity} ${f.kind}`).join(", ")}`);
    }
    console.log(`${name} (${part}): ${question} ${count} of ${pairs.length}`);
  }
}

report("honest-swaps.json", "honest rewrites with a medium or high finding:", (findings) => findings.some((f) => f.severity !== "low"));
report("reversals.json", "reversals flagged high:", (findings) => findings.some((f) => f.severity === "high"));
