"use client";

import { memo, useMemo } from "react";
import type { Analysis } from "@/lib/analysis/browser";
import { paragraphDensity } from "./paragraph-density";

/** Past this many paragraphs, bars are merged in even groups so the strip stays one line wide. */
const MAX_BARS = 80;

/**
 * Findings per paragraph of the suspect as a row of bars: the reader sees at once whether
 * the damage is everywhere or in one place. Each bar is a button to the paragraph's first
 * finding, named for screen readers ("Paragraph 3: 4 findings").
 */
export const DensityStrip = memo(function DensityStrip({
  analysis,
  shown,
  onSelect,
}: {
  analysis: Analysis;
  shown: number[];
  onSelect: (finding: number) => void;
}) {
  const bars = useMemo(() => {
    const paragraphs = paragraphDensity(analysis, shown);
    const size = Math.max(1, Math.ceil(paragraphs.length / MAX_BARS));
    const grouped: { first: number; last: number; findings: number[] }[] = [];
    for (let k = 0; k < paragraphs.length; k += size) {
      const group = paragraphs.slice(k, k + size);
      grouped.push({ first: k + 1, last: k + group.length, findings: group.flatMap((p) => p.findings) });
    }
    return grouped;
  }, [analysis, shown]);
  if (bars.length < 2) return null;
  const most = Math.max(1, ...bars.map((bar) => bar.findings.length));
  return (
    <figure className="review-no-print flex flex-col gap-1">
      <figcaption className="text-sm text-muted" id="density-caption">
        Findings per paragraph of the suspect, top to bottom (left to right)
      </figcaption>
      <ol aria-labelledby="density-caption" className="flex h-10 items-end gap-px rounded border border-line-soft bg-surface p-1">
        {bars.map((bar) => {
          const count = bar.findings.length;
          const name = `${bar.first === bar.last ? `Paragraph ${bar.first}` : `Paragraphs ${bar.first}–${bar.last}`}: ${count} ${count === 1 ? "finding" : "findings"}`;
          return (
            <li key={bar.first} className="flex h-full min-w-0 flex-1 items-end">
              <button
                type="button"
                aria-label={name}
                title={name}
                disabled={count === 0}
                onClick={() => bar.findings[0] !== undefined && onSelect(bar.findings[0])}
                className="w-full rounded-sm bg-ink/70 hover:bg-accent disabled:bg-line-soft"
                style={{ height: count === 0 ? "2px" : `${Math.max(15, (count / most) * 100)}%` }}
              />
            </li>
          );
        })}
      </ol>
    </figure>
  );
});
