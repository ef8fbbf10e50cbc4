/** Plain-text rendering of an EvalReport for a terminal. */
import type { EvalReport } from "./eval-run";
import type { Mode } from "./eval-score";
import { precisionOf, recallOf, type KindRow, type Range } from "./eval-tally";

function pct(value: number | null): string {
  return value === null ? "–" : `${(value * 100).toFixed(0)}%`;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

function kindTable(rows: KindRow[]): string {
  return table(
    ["kind", "expected", "hit", "recall", "coarse", "sugg.", "flags", "correct", "wrong kind", "false alarms", "precision"],
    rows.map((r) => [
      r.kind,
      String(r.expected),
      String(r.hit),
      pct(recallOf(r)),
      String(r.coarse),
      r.withWording ? `${r.suggestionMatched}/${r.withWording}` : "–",
      String(r.flags),
      String(r.correct),
      String(r.wrongKind),
      String(r.falseAlarms),
      pct(precisionOf(r)),
    ]),
  );
}

function range(r: Range | null): string {
  return r ? `${r.min.toFixed(2)} – ${r.max.toFixed(2)} (median ${r.median.toFixed(2)}, n=${r.n})` : "–";
}

function counts(byKind: Record<string, number | undefined>): string {
  const parts = Object.entries(byKind).map(([k, n]) => `${k} ${n}`);
  return parts.length ? ` (${parts.join(", ")})` : "";
}

/** The held-out articles' own figures, printed as totals only. */
function heldOutSection(heldOut: { articles: string[]; report: EvalReport }): string[] {
  const r = heldOut.report;
  const total = (rows: KindRow[]) => rows.find((row) => row.kind === "total");
  const line = (label: string, row: KindRow | undefined) =>
    row ? `  ${label} recall ${pct(recallOf(row))} (${row.hit}/${row.expected}), precision ${pct(precisionOf(row))}, ${row.falseAlarms} false alarms` : `  ${label} –`;
  const q = r.quiet;
  return [
    "",
    `Held-out articles (${heldOut.articles.join(", ")}), not to be tuned on; details hidden unless --show-heldout:`,
    line("compared:", total(r.rows.compared)),
    line("alone:   ", total(r.rows.alone)),
    `  flags on light edits ${q.editsCompared.total} compared, ${q.editsAlone.total} alone; on originals alone ${q.originalsAlone.total}; verdicts right: spun ${r.verdicts.spun.correct}/${r.verdicts.spun.n}, light edit ${r.verdicts["light edit"].correct}/${r.verdicts["light edit"].n}`,
  ];
}

/** Renders the report; `verbose` adds every miss, false alarm and flag on a clean text. */
export function formatReport(report: EvalReport, verbose: boolean, heldOut: { articles: string[]; report: EvalReport } | null = null): string {
  const out: string[] = [];
  const c = report.corpus;
  out.push(`Unspun evaluation — ${report.engine}`);
  out.push(`Corpus: ${c.pairs.spun} spun, ${c.pairs["light edit"]} light-edit and ${c.pairs.unrelated} unrelated pairs; ${c.cleanTexts} clean texts judged alone${c.external.length ? `; external: ${c.external.join(", ")}` : ""}${c.fingerprint ? ` (corpus ${c.fingerprint})` : ""}.`);
  for (const p of c.problems) out.push(`  corpus problem: ${p}`);
  for (const e of report.errors) out.push(`  ENGINE ERROR: ${e.split("\n")[0]}`);
  for (const mode of ["compared", "alone"] as Mode[]) {
    out.push("", mode === "compared" ? "Spun pairs, compared with the original (medium/high findings):" : "Spun suspects judged alone (only spans marked detectable alone count for recall):");
    out.push(kindTable(report.rows[mode]));
  }
  const q = report.quiet;
  out.push("", "Should stay quiet (every medium/high finding here is a false alarm):");
  out.push(`  light edits, compared:  ${q.editsCompared.total} on ${q.editsCompared.texts} pairs${counts(q.editsCompared.byKind)}`);
  out.push(`  light edits, alone:     ${q.editsAlone.total} on ${q.editsAlone.texts} texts${counts(q.editsAlone.byKind)}`);
  out.push(`  originals, alone:       ${q.originalsAlone.total} on ${q.originalsAlone.texts} texts${counts(q.originalsAlone.byKind)}`);
  const same = report.identical;
  out.push(`  originals vs themselves: ${same.findings} findings of any severity on ${same.pairs} pairs; ${same.nonZeroScores} spin scores above 0${counts(same.verdicts)}`);
  out.push("", "Verdicts (compared):");
  for (const [cls, v] of Object.entries(report.verdicts)) {
    out.push(`  ${cls.padEnd(10)} ${v.correct}/${v.n} right${counts(v.got)}`);
  }
  out.push(`  alone: spun suspects${counts(report.aloneVerdicts.spun)}; clean texts${counts(report.aloneVerdicts.clean)}`);
  const s = report.spinScores;
  out.push("", "Spin score ranges:");
  for (const [cls, r] of Object.entries(s.compared)) out.push(`  ${cls.padEnd(10)} ${range(r)}`);
  out.push(`  light edits all below spun: ${s.editBelowSpun === null ? "–" : s.editBelowSpun ? "yes" : "no"}`);
  out.push(`  alone: spun ${range(s.alone.spun)}; clean ${range(s.alone.clean)}`);
  if (report.checklist.length) {
    out.push("", "Checklist (issue 4, shared example):");
    for (const item of report.checklist) {
      out.push(`  ${item.pass ? "PASS" : item.required ? "FAIL" : "miss"}  [${item.mode}] ${item.item}`);
    }
  }
  if (heldOut) out.push(...heldOutSection(heldOut));
  const t = report.timing;
  out.push("", `Timing: ${t.calls} analyses in ${t.totalMs.toFixed(0)} ms; first (cold) ${t.coldMs.toFixed(1)} ms; warm median ${t.warmMedianMs.toFixed(1)} ms, max ${t.warmMaxMs.toFixed(1)} ms (${t.slowest}).`);
  if (verbose) {
    out.push("", "Pairs, compared:");
    out.push(
      table(
        ["pair", "class", "verdict", "spin", "hit", "flags", "false alarms", "ms"],
        report.pairs.map((p) => [p.id, p.class, p.verdict, p.spinScore.toFixed(2), p.expected ? `${p.hit}/${p.expected}` : "–", String(p.flags), String(p.falseAlarms), p.ms.toFixed(1)]),
      ),
    );
    out.push("", `Details${report.hiddenDetails ? ` (${report.hiddenDetails} lines from held-out articles hidden)` : ""}:`);
    for (const d of report.details) {
      out.push(`  [${d.mode}] ${d.what.padEnd(18)} ${d.pair}  ${d.kinds}  “${d.text.replace(/\s+/g, " ").slice(0, 160)}”${d.message ? ` — ${d.message}` : ""}`);
    }
  } else {
    out.push("(--verbose lists each miss and false alarm; --json prints everything as JSON.)");
  }
  return out.join("\n");
}
