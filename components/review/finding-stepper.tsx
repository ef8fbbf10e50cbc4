"use client";

/**
 * Previous / next finding buttons in a bar that stays at the bottom of the screen: the
 * j/k keys for touch screens and mouse users, with where the reader is ("3 of 31").
 */
export function FindingStepper({
  position,
  total,
  onStep,
}: {
  /** 0-based position of the current finding among those shown, or -1 before the first. */
  position: number;
  total: number;
  onStep: (direction: 1 | -1) => void;
}) {
  if (total === 0) return null;
  const button = "rounded px-3 py-1.5 text-sm font-semibold hover:bg-sunken";
  return (
    <div className="review-no-print pointer-events-none sticky bottom-3 z-20 flex justify-center">
      <div
        role="group"
        aria-label="Move between findings"
        className="pointer-events-auto flex items-center gap-1 rounded-full border border-line bg-surface px-2 py-1 shadow-lg"
      >
        <button type="button" className={button} onClick={() => onStep(-1)} aria-keyshortcuts="k p">
          <span aria-hidden="true">↑ </span>Previous
        </button>
        <span className="min-w-16 text-center text-sm tabular-nums text-muted">
          {position >= 0 ? `${position + 1} of ${total}` : `${total} findings`}
        </span>
        <button type="button" className={button} onClick={() => onStep(1)} aria-keyshortcuts="j n">
          Next<span aria-hidden="true"> ↓</span>
        </button>
      </div>
    </div>
  );
}
