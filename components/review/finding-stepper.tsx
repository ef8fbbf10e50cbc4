"use client";

/**
 * Previous / next finding buttons with where the reader is ("3 of 31"): the j/k keys for
 * touch screens and mouse users. It sits in the review's toolbar (above the findings panel
 * on wide screens, in the bar with "Findings and filters" on narrow ones), never floating
 * over the text.
 */
export function FindingStepper({
  position,
  total,
  all,
  onStep,
}: {
  /** 0-based position of the current finding among those shown, or -1 before the first. */
  position: number;
  /** Findings the filters show. */
  total: number;
  /** Every finding, shown or not. */
  all: number;
  onStep: (direction: 1 | -1) => void;
}) {
  if (total === 0) return null;
  const button = "whitespace-nowrap rounded px-2.5 py-1 text-sm font-semibold hover:bg-sunken";
  const idle = total === all ? `${total} ${total === 1 ? "finding" : "findings"}` : `${total} of ${all} findings`;
  return (
    <div role="group" aria-label="Move between findings" className="review-no-print flex items-center gap-1 rounded-full border border-line bg-surface px-1.5 py-0.5">
      <button type="button" className={button} onClick={() => onStep(-1)} aria-keyshortcuts="k p">
        <span aria-hidden="true">↑</span>
        <span className="sr-only sm:not-sr-only"> Previous</span>
      </button>
      <span className="min-w-16 whitespace-nowrap text-center text-sm tabular-nums text-muted">{position >= 0 ? `${position + 1} of ${total}` : idle}</span>
      <button type="button" className={button} onClick={() => onStep(1)} aria-keyshortcuts="j n">
        <span className="sr-only sm:not-sr-only">Next </span>
        <span aria-hidden="true">↓</span>
      </button>
    </div>
  );
}
