import type { Severity, Span } from "@/lib/analysis/browser";

/** A word-level change inside a sentence. */
/** "shared": wording both sides of a reworded pair keep (see findSharedWording). */
export type ChangeMark = Span & { change: "removed" | "added" | "space" | "shared" };
/** A finding's span inside a sentence, with the finding's index in `analysis.findings`. */
export type FindingMark = Span & { finding: number; severity: Severity };

/** A run of text with at most one change on it. */
export type Piece = Span & { change: ChangeMark["change"] | null };
/** Consecutive pieces under one finding (or under none, `finding: null`). */
export type Segment = { finding: number | null; pieces: Piece[] };

const RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** The parts of `span` not covered by any of `taken`. */
function freeParts(span: Span, taken: Span[]): Span[] {
  let parts: Span[] = [span];
  for (const block of taken) {
    parts = parts.flatMap((part) => {
      if (block.end <= part.start || block.start >= part.end) return [part];
      const out: Span[] = [];
      if (block.start > part.start) out.push({ start: part.start, end: block.start });
      if (block.end < part.end) out.push({ start: block.end, end: part.end });
      return out;
    });
  }
  return parts;
}

/**
 * Gives overlapping findings disjoint ranges. A finding wholly inside another (a flipped
 * negation or a garbled phrase inside a changed quote) is the more specific one: it keeps
 * its span, and the finding around it keeps every part left on either side. Otherwise the
 * most severe finding keeps its whole span, and a later one keeps the longest part still
 * free (or nothing, and is then reached from the findings panel through its row). Returns
 * the ranges sorted by start.
 */
export function resolveOverlaps(marks: FindingMark[]): FindingMark[] {
  const spans = marks.filter((mark) => mark.end > mark.start);
  const inside = (inner: FindingMark, outer: FindingMark) =>
    inner !== outer && outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;
  const isInner = (mark: FindingMark) => spans.some((other) => inside(mark, other));
  const isContainer = (mark: FindingMark) => spans.some((other) => inside(other, mark));
  const byPriority = [...spans].sort(
    (a, b) => Number(isInner(b)) - Number(isInner(a)) || RANK[a.severity] - RANK[b.severity] || a.start - b.start || b.end - a.end || a.finding - b.finding,
  );
  const taken: FindingMark[] = [];
  for (const mark of byPriority) {
    const free = freeParts(mark, taken).sort((a, b) => b.end - b.start - (a.end - a.start));
    for (const part of isContainer(mark) ? free : free.slice(0, 1)) taken.push({ ...mark, start: part.start, end: part.end });
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * Cuts one sentence [span.start, span.end) into segments for rendering: each segment is
 * either plain or one finding's highlight, and holds pieces each with at most one change.
 * Marks outside the sentence are clipped away; findings must already be disjoint.
 */
export function segmentSentence(span: Span, changes: ChangeMark[], findings: FindingMark[]): Segment[] {
  const clip = <T extends Span>(mark: T): T | null => {
    const start = Math.max(mark.start, span.start);
    const end = Math.min(mark.end, span.end);
    return end > start ? { ...mark, start, end } : null;
  };
  const inChanges = changes.map(clip).filter((mark): mark is ChangeMark => mark !== null);
  const inFindings = findings.map(clip).filter((mark): mark is FindingMark => mark !== null);
  const cuts = new Set<number>([span.start, span.end]);
  for (const mark of [...inChanges, ...inFindings]) {
    cuts.add(mark.start);
    cuts.add(mark.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k]!;
    const end = points[k + 1]!;
    const finding = inFindings.find((mark) => mark.start <= start && end <= mark.end)?.finding ?? null;
    const change = inChanges.find((mark) => mark.start <= start && end <= mark.end)?.change ?? null;
    const last = segments[segments.length - 1];
    const piece: Piece = { start, end, change };
    if (last && last.finding === finding) {
      const previous = last.pieces[last.pieces.length - 1]!;
      if (previous.change === change) previous.end = end;
      else last.pieces.push(piece);
    } else {
      segments.push({ finding, pieces: [piece] });
    }
  }
  return segments;
}
