/**
 * `npm run probes`: hand-made single-sentence probes, compared with their original.
 * - honest-swaps.json: honest one-phrase rewrites ("small plane" → "light aircraft"); an
 *   editor should see no medium or high finding. Prints how many draw one.
 * - reversals.json: one word turned into its opposite ("granted" → "denied"); each should
 *   be flagged high. Prints how many are.
 * - honest-rewrites/: every eval-corpus original rewritten whole for another outlet, each
 *   fact kept (index.json says "light" or "heavy"); the issue's bar is no high and at most
 *   two medium findings. Prints how many miss it, and how many are called spun. Rewrites of
 *   the corpus's held-out articles (eval/heldout.json) are held out: counted, never shown.
 * - honest-rewrites-fresh/: 16 news stories written for this, each with an honest rewrite
 *   (<slug>.original.txt, <slug>.rewrite.txt); every other one, in name order, held out.
 * - honest-rewrites-second/: 16 more, written the same way the same day as tuning data.
 * - honest-rewrites-third/: 16 heavy rewrites, negations restated among them; split like
 *   the fresh ones before any was looked at.
 * "tuning" parts were looked at while building rules; "heldOut" parts were written fresh
 * and only counted; "checked" was written as held out, then one of its false alarms was
 * fixed ("prime minister" → "premier"), so it is no longer blind.
 */
import { readdirSync, readFileSync } from "node:fs";
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

/** Whole honest rewrites: how many break the issue's bar (a high, or more than two medium findings), and how many are called spun. */
function reportRewrites(name: string, pairs: { article: string; original: string; rewrite: string; heldOut: boolean }[]) {
  const tally = { tuning: { n: 0, over: 0, spun: 0 }, heldOut: { n: 0, over: 0, spun: 0 } };
  for (const { article, original, rewrite, heldOut } of pairs) {
    const analysis = analyzeTexts({ original, suspect: rewrite });
    const part = heldOut ? tally.heldOut : tally.tuning;
    const serious = analysis.findings.filter((f) => f.severity !== "low" && f.kind !== "unsupported" && f.kind !== "omitted");
    part.n++;
    if (serious.some((f) => f.severity === "high") || serious.length > 2) part.over++;
    if (analysis.summary.verdict.includes("spun")) part.spun++;
    if (verbose && !heldOut && serious.length > 0) console.log(`  tuning: ${article} | ${serious.map((f) => `${f.severity} ${f.kind}`).join(", ")}`);
  }
  for (const [part, t] of Object.entries(tally)) if (t.n > 0) console.log(`${name} (${part}): over the bar ${t.over} of ${t.n}; called spun ${t.spun} of ${t.n}`);
}

const probesDir = join(import.meta.dirname, "probes");
const evalDir = join(import.meta.dirname, "..", "eval");
const text = (...path: string[]) => readFileSync(join(...path), "utf8");
const corpusHeldOut = new Set((JSON.parse(text(evalDir, "heldout.json")) as { articles: string[] }).articles);
const txtNames = (dir: string, suffix: string) => readdirSync(dir).filter((f) => f.endsWith(suffix)).map((f) => f.slice(0, -suffix.length));

reportRewrites(
  "honest-rewrites",
  txtNames(join(probesDir, "honest-rewrites"), ".txt").map((article) => ({
    article,
    original: text(evalDir, "corpus", article, "original.txt"),
    rewrite: text(probesDir, "honest-rewrites", `${article}.txt`),
    heldOut: corpusHeldOut.has(article),
  })),
);
/** Stories written with their honest rewrites (<slug>.original.txt, <slug>.rewrite.txt), in name order; `heldOut` says which by their place in it. */
function storyPairs(folder: string, heldOut: (index: number) => boolean) {
  return txtNames(join(probesDir, folder), ".original.txt")
    .sort()
    .map((article, i) => ({
      article,
      original: text(probesDir, folder, `${article}.original.txt`),
      rewrite: text(probesDir, folder, `${article}.rewrite.txt`),
      heldOut: heldOut(i),
    }));
}

// Written on 2026-12-06; the fresh and third batches split before any was looked at: every other one is held out (counted, never shown).
const everyOther = (i: number) => i % 2 === 1;
reportRewrites("honest-rewrites-fresh", storyPairs("honest-rewrites-fresh", everyOther));
reportRewrites("honest-rewrites-second", storyPairs("honest-rewrites-second", () => false));
reportRewrites("honest-rewrites-third", storyPairs("honest-rewrites-third", everyOther));
