import type { Analysis, Kind, Severity, Span } from "@/lib/analysis/browser";
import type { Block } from "./collapse";
import type { Row } from "./rows";

export type MinimapTick = { finding: number; kind: Kind; severity: Severity; /** 0..1 down the document */ at: number };

/**
 * Ticks closer than one bucket would overlap on the strip anyway: one tick per bucket (the
 * most severe finding in it, then the first) keeps a document with thousands of findings
 * to a few hundred elements. 300 buckets is about one per 3 px on a 900 px screen.
 */
export const MINIMAP_BUCKETS = 300;

const RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** One tick per occupied bucket, most severe first, in document order. */
export function bucketTicks(ticks: MinimapTick[], buckets = MINIMAP_BUCKETS): MinimapTick[] {
  const chosen = new Map<number, MinimapTick>();
  for (const tick of ticks) {
    const bucket = Math.min(buckets - 1, Math.max(0, Math.floor(tick.at * buckets)));
    const held = chosen.get(bucket);
    if (!held || RANK[tick.severity] < RANK[held.severity]) chosen.set(bucket, tick);
  }
  return [...chosen.values()].sort((a, b) => a.at - b.at);
}

/** Rough characters per line of a column, to weigh rows by the height they take. */
const CHARS_PER_LINE = 70;

/**
 * Where each shown finding sits down the document, 0..1: rows weigh one line plus the lines
 * of their longer side, and rows hidden in a fold weigh nothing.
 */
export function placeTicks(analysis: Analysis, rows: Row[], blocks: Block[], shown: number[], rowOf: number[]): MinimapTick[] {
  const length = (spans: (Span | undefined)[]) => spans.reduce((sum, span) => sum + (span ? span.end - span.start : 0), 0);
  const weights = rows.map((row) => {
    const originalChars = row.type === "moved-from" ? 0 : length(row.original.map((i) => analysis.original?.sentences[i]));
    const suspectChars = length(row.suspect.map((i) => analysis.suspect.sentences[i]));
    return 1 + Math.ceil(Math.max(originalChars, suspectChars) / CHARS_PER_LINE);
  });
  const folded = new Set(blocks.flatMap((block) => (block.type === "folded" ? block.rows.slice(1) : [])));
  const starts: number[] = [];
  let total = 0;
  weights.forEach((weight, index) => {
    starts.push(total);
    total += folded.has(index) ? 0 : weight;
  });
  return shown.map((finding) => {
    const row = rowOf[finding]!;
    const { kind, severity } = analysis.findings[finding]!;
    return { finding, kind, severity, at: total > 0 ? (starts[row]! + weights[row]! / 2) / total : 0 };
  });
}
