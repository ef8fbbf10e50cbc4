"use client";

export type PendingNoticeProps = { pending: boolean; words: number };

/**
 * Tells the editor the server is working: an indeterminate progress bar and a status line
 * that screen readers announce. Long pairs get a note that they take longer, because a
 * 70,000-word pair takes several seconds and a silent wait reads as a hang.
 */
export function PendingNotice({ pending, words }: PendingNoticeProps) {
  return (
    <div className="min-h-6">
      {pending && (
        <div className="flex flex-col gap-2">
          <div
            role="progressbar"
            aria-label="Analyzing"
            className="relative h-1.5 w-full overflow-hidden rounded-full bg-sunken"
          >
            <div className="absolute inset-y-0 w-1/3 animate-[unspun-progress_1.4s_ease-in-out_infinite] rounded-full bg-accent" />
          </div>
          <p role="status" className="text-sm text-muted">
            Analyzing {words.toLocaleString("en-US")} words: aligning sentences and classifying every change
            {words > 20_000 ? ". Long articles take several seconds." : "…"}
          </p>
        </div>
      )}
    </div>
  );
}
