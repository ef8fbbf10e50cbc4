import type { Kind, Severity } from "@/lib/analysis/types";

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
