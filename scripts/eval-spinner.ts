/**
 * `npm run eval:spinner [-- --limit N]`: the engine on the spinner-made dev set
 * (scripts/devset): WordNet example passages and the eval corpus's originals, run through
 * a thesaurus spinner. Prints recall on the spinner's swaps (all of them, and those that
 * broke a WordNet multiword expression), false alarms and passage verdicts, compared and
 * alone, for the tuning part and the held-out part apart. Measures; never fails.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyzeTexts } from "../lib/analysis";
import { buildDevSet } from "./devset/devset";
import { formatDevTally, scoreDevSet } from "./devset/score-devset";

const limitAt = process.argv.indexOf("--limit");
const limit = limitAt > 0 ? Number(process.argv[limitAt + 1]) : 600;
const evalDir = join(dirname(fileURLToPath(import.meta.url)), "..", "eval");
const started = performance.now();
const { wordnet, news } = buildDevSet(evalDir, { limit });
const lines: string[] = [`Spinner-made dev set: ${wordnet.length} WordNet passages, ${news.length} spun news articles (thesaurus spinner, seed 1)`];
for (const [label, set] of [["WordNet passages", wordnet], ["news articles", news]] as const) {
  for (const part of ["tuning", "held out"] as const) {
    const passages = set.filter((p) => p.heldOut === (part === "held out"));
    for (const mode of ["compared", "alone"] as const) lines.push(formatDevTally(`${label}, ${part}`, mode, scoreDevSet(passages, analyzeTexts, mode)));
  }
}
lines.push(`(${Math.round(performance.now() - started)} ms)`);
process.stdout.write(`${lines.join("\n")}\n`);
