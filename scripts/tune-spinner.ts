/**
 * `npm run tune:spinner -- '{"minGain":2}'`: the suspect-alone figures of the spinner-made
 * dev set's TUNING part only, with the reverse-spinning and misfit-word thresholds overridden by a JSON
 * object, so thresholds are chosen without looking at the held-out part. One setting per
 * run: the engine caches its judgements per process.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyzeTexts } from "../lib/analysis";
import { CORROBORATION } from "../lib/analysis/4-rules/alone/corroboration";
import { CORROBORATED_BARS, IMPROBABLE_PHRASE_THRESHOLDS } from "../lib/analysis/4-rules/alone/improbable-phrases";
import { MISFIT_WORD_THRESHOLDS } from "../lib/analysis/4-rules/alone/misfit-words";
import { buildDevSet } from "./devset/devset";
import { formatDevTally, scoreDevSet } from "./devset/score-devset";

// Each key goes to the rule whose thresholds name it; "corroborated.minGain" and "corroboration.chars" to the looser bars of readings beside confident ones.
const prefixed: Record<string, object> = { corroborated: CORROBORATED_BARS, corroboration: CORROBORATION };
for (const [key, value] of Object.entries(JSON.parse(process.argv[2] ?? "{}") as Record<string, number>)) {
  const [prefix, name] = key.includes(".") ? key.split(".") : [undefined, key];
  const owner = prefix ? prefixed[prefix] : [IMPROBABLE_PHRASE_THRESHOLDS, MISFIT_WORD_THRESHOLDS].find((thresholds) => key in thresholds);
  if (!owner || !(name! in owner)) throw new Error(`No rule has a threshold named ${key}`);
  (owner as Record<string, number>)[name!] = value;
}
const evalDir = join(dirname(fileURLToPath(import.meta.url)), "..", "eval");
const { wordnet, news, widerNews } = buildDevSet(evalDir, { limit: 300 });
const tuning = [...wordnet, ...news].filter((p) => !p.heldOut);
const widerTuning = widerNews.filter((p) => !p.heldOut);
process.stdout.write(
  `${JSON.stringify({ ...IMPROBABLE_PHRASE_THRESHOLDS, ...MISFIT_WORD_THRESHOLDS, corroborated: CORROBORATED_BARS, corroboration: CORROBORATION })}\n` +
    `${formatDevTally("tuning part", "alone", scoreDevSet(tuning, analyzeTexts, "alone"))}\n` +
    `${formatDevTally("tuning, wider thesaurus", "alone", scoreDevSet(widerTuning, analyzeTexts, "alone"))}\n`,
);
