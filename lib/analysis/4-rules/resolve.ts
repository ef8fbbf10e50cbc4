import { SEVERITY_RANK, type Finding, type Kind } from "../types";

/** A finding with the position of the rule that made it in the registry. */
export type RankedFinding = { finding: Finding; rule: number };

/**
 * One-sided sentences describe the alignment, not the wording: they neither hide nor are
 * hidden by a finding inside the same sentence ("not in the original" and a garbled phrase
 * in it are both true).
 */
const STRUCTURAL: ReadonlySet<Kind> = new Set(["unsupported", "omitted"]);

/**
 * A changed quotation is one claim about a whole stretch; a garbled phrase (medium) or a
 * fact change (high) inside it says how it changed ("an act of passage" for "a rite of
 * passage", "will not" for "will": the speaker now says the opposite), so it stays. A
 * synonym swap inside is noise: hidden.
 */
const CONTAINERS: ReadonlySet<Kind> = new Set(["quote-change"]);
const SHOWN_INSIDE_CONTAINERS: ReadonlySet<Finding["severity"]> = new Set(["medium", "high"]);

/**
 * Settles overlaps between findings, the one way the engine does it: one changed stretch
 * gets one explanation. The strongest claim stands (higher severity first, then the rule
 * listed earlier in the registry, then the earlier and wider finding); a finding that
 * overlaps one already kept is dropped. Findings without a suspect span never overlap.
 * Output keeps the input's order.
 */
export function resolveOverlaps(candidates: RankedFinding[]): Finding[] {
  const order = candidates
    .map((candidate, index) => ({ ...candidate, index }))
    .sort(
      (a, b) =>
        SEVERITY_RANK[b.finding.severity] - SEVERITY_RANK[a.finding.severity] ||
        a.rule - b.rule ||
        (a.finding.suspect?.start ?? 0) - (b.finding.suspect?.start ?? 0) ||
        (b.finding.suspect?.end ?? 0) - (a.finding.suspect?.end ?? 0),
    );
  const kept = new IntervalSet();
  const containers = new IntervalSet();
  const keep = new Set<number>();
  for (const { finding, index } of order) {
    const span = finding.suspect;
    if (!span || STRUCTURAL.has(finding.kind)) {
      keep.add(index);
      continue;
    }
    if (kept.overlaps(span.start, span.end)) continue;
    if (containers.overlaps(span.start, span.end) && !SHOWN_INSIDE_CONTAINERS.has(finding.severity)) continue;
    (CONTAINERS.has(finding.kind) ? containers : kept).add(span.start, span.end);
    keep.add(index);
  }
  return candidates.filter((_, index) => keep.has(index)).map((c) => c.finding);
}

/**
 * Disjoint [start, end) intervals kept sorted by start, so an overlap test is a binary
 * search: a 70,000-word article yields thousands of candidates.
 */
class IntervalSet {
  private starts: number[] = [];
  private ends: number[] = [];

  overlaps(start: number, end: number): boolean {
    // Intervals are disjoint and sorted, so ends are sorted too: of those that start before
    // `end`, the last one reaches furthest.
    const before = this.firstStartingAtOrAfter(end);
    return before > 0 && (this.ends[before - 1] ?? -Infinity) > start;
  }

  add(start: number, end: number): void {
    const at = this.firstStartingAtOrAfter(start);
    this.starts.splice(at, 0, start);
    this.ends.splice(at, 0, end);
  }

  private firstStartingAtOrAfter(value: number): number {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.starts[middle] ?? 0) < value) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
