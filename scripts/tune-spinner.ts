/**
 * `npm run tune:spinner -- '{"minGain":2}'`: the suspect-alone figures of the spinner-made
 * dev set's TUNING part only, with the reverse-spinning thresholds overridden by a JSON
 * object, so thresholds are chosen without looking at the held-out part. One setting per
 * run: the engine caches its judgements per process.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyzeTexts } from "../lib/analysis";
import { IMPROBABLE_PHRASE_THRESHOLDS } from "../lib/analysis/4-rules/alone/improbable-phrases";
import { buildDevSet } from "./devset/devset";
import { formatDevTally, scoreDevSet } from "./devset/score-devset";

Object.assign(IMPROBABLE_PHRASE_THRESHOLDS, JSON.parse(process.argv[2] ?? "{}"));
const evalDir = join(dirname(fileURLToPath(import.meta.url)), "..", "eval");
const { wordnet, news } = buildDevSet(evalDir, { limit: 300 });
const tuning = [...wordnet, ...news].filter((p) => !p.heldOut);
process.stdout.write(`${JSON.stringify(IMPROBABLE_PHRASE_THRESHOLDS)}\n${formatDevTally("tuning part", "alone", scoreDevSet(tuning, analyzeTexts, "alone"))}\n`);
