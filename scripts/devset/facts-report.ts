import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Analysis } from "../../lib/analysis";
import { seededRandom } from "../seeded-random";
import { plantFacts, type PlantKind } from "./plant-facts";

type Analyze = (input: { original?: string | null; suspect: string }) => Analysis;

/** Copies of each article, each with its own planted changes: about 70 changes per article. */
const COPIES = 4;

type PlantTally = { planted: number; flagged: number; rightKind: number };
/** A planted change missed or reported as another kind, with its sentence. */
type Miss = { article: string; plant: PlantKind; was: string; now: string; reported: string[]; context: string };
export type FactsReport = { part: "tuning" | "held out"; byPlant: Partial<Record<PlantKind, PlantTally>>; flags: number; falseAlarms: number; misses: Miss[]; strays: string[] }[];

/**
 * The engine on eval-corpus originals with fact changes planted (plant-facts.ts), each
 * compared with its original: how many planted changes get a medium/high finding, how
 * many of the kind they are, and how many findings touch no planted change. Articles in
 * eval/heldout.json are reported apart.
 */
export function runFactsReport(evalDir: string, analyze: Analyze, { seed = 7, verbose = false } = {}): { report: FactsReport; lines: string[] } {
  const heldOut = new Set<string>(JSON.parse(readFileSync(join(evalDir, "heldout.json"), "utf8")).articles);
  const articles = readdirSync(join(evalDir, "corpus"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const originals = new Map(articles.map((a) => [a, readFileSync(join(evalDir, "corpus", a, "original.txt"), "utf8")]));
  // Surnames from every article: a planted person is someone another story names.
  const surnames = [...new Set([...originals.values()].flatMap((text) => [...text.matchAll(/(?<=[a-z,] )[A-Z][a-z]+ ([A-Z][a-z]{2,})\b/g)].map((m) => m[1]!)))].sort();
  const random = seededRandom(seed);
  const report: FactsReport = [];
  for (const part of ["tuning", "held out"] as const) {
    const entry: FactsReport[number] = { part, byPlant: {}, flags: 0, falseAlarms: 0, misses: [], strays: [] };
    for (const article of articles.filter((a) => heldOut.has(a) === (part === "held out"))) {
      const original = originals.get(article)!;
      for (let copy = 0; copy < COPIES; copy++) {
        const others = surnames.map((s) => ({ s, key: random() })).sort((a, b) => a.key - b.key).map((x) => x.s);
        const { text, facts } = plantFacts(original, random, others);
        const found = analyze({ original, suspect: text }).findings.filter((f) => f.severity !== "low" && f.suspect);
        const touches = (f: (typeof found)[number], p: { start: number; end: number }) => f.suspect!.start < p.end && p.start < f.suspect!.end;
        entry.flags += found.length;
        const strays = found.filter((f) => !facts.some((p) => touches(f, p)));
        entry.falseAlarms += strays.length;
        for (const f of strays) entry.strays.push(`${article}: ${f.kind} “${text.slice(f.suspect!.start, f.suspect!.end)}” — ${f.message}`);
        for (const fact of facts) {
          const tally = (entry.byPlant[fact.plant] ??= { planted: 0, flagged: 0, rightKind: 0 });
          const hits = found.filter((f) => touches(f, fact));
          tally.planted++;
          if (hits.length) tally.flagged++;
          if (hits.some((f) => f.kind === fact.kind)) tally.rightKind++;
          else {
            const context = text.slice(Math.max(0, fact.start - 60), fact.end + 40).replace(/\s+/g, " ");
            entry.misses.push({ article, plant: fact.plant, was: fact.was, now: fact.now, reported: hits.map((f) => f.kind), context });
          }
        }
      }
    }
    report.push(entry);
  }
  const pct = (n: number, d: number) => (d === 0 ? "–" : `${Math.round((100 * n) / d)}%`);
  const lines = [`Planted fact changes (eval-corpus originals, ${COPIES} copies each, about one sentence in three changed; compared with the original; held-out articles apart):`];
  for (const { part, byPlant, flags, falseAlarms } of report) {
    const tallies = Object.values(byPlant);
    const planted = tallies.reduce((n, t) => n + t.planted, 0);
    const right = tallies.reduce((n, t) => n + t.rightKind, 0);
    const kinds = Object.entries(byPlant).map(([plant, t]) => `${plant} ${t.rightKind}/${t.planted}`).join(", ");
    if (verbose && part === "tuning") {
      for (const stray of report[0]!.strays) lines.push(`  [planted] finding on no planted change  ${stray}`);
      for (const m of report[0]!.misses) lines.push(`  [planted] ${m.reported.length ? `reported as ${m.reported.join(", ")}` : "missed"}  ${m.article}  ${m.plant}: “${m.was}” → “${m.now}”  …${m.context}…`);
    }
    lines.push(`${part.padEnd(9)} right kind ${pct(right, planted)} (${right}/${planted}), flagged ${pct(tallies.reduce((n, t) => n + t.flagged, 0), planted)}, false alarms ${falseAlarms} of ${flags} flags: ${kinds}`);
  }
  return { report, lines };
}
