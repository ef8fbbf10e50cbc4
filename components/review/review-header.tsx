import type { Analysis, Kind } from "@/lib/analysis/browser";
import { FINDING_KINDS } from "@/lib/analysis/browser";
import { describeExpiry, explainSummary, formatDay, formatSpinScore } from "@/lib/report/format";
import { KIND_LABELS } from "@/lib/report/labels";
import { SourceLinks } from "@/components/fetch/source-links";
import { DeleteResult } from "./delete-result";
import { KIND_ICONS } from "./kinds";
import { ShareLink } from "./share-link";
import type { ReviewResult } from "./types";

/** Verdict, spin score out of 100 with a bar, the one-line explanation and counts per kind. */
function Summary({ analysis, headingLevel }: { analysis: Analysis; headingLevel: 1 | 3 }) {
  const Heading = headingLevel === 1 ? "h1" : "h3";
  const score = formatSpinScore(analysis.summary.spinScore);
  const counts = FINDING_KINDS.map((kind): [Kind, number] => [kind, analysis.findings.filter((f) => f.kind === kind).length]).filter(
    ([, count]) => count > 0,
  );
  return (
    <div className="flex min-w-0 flex-col gap-3">
      <div className="flex flex-wrap items-end gap-x-6 gap-y-2">
        <div>
          <p className="text-sm text-muted">Verdict</p>
          <Heading className="text-2xl font-semibold first-letter:uppercase">{analysis.summary.verdict}</Heading>
        </div>
        <div className="min-w-44">
          <p className="text-sm text-muted" id="spin-score-label">
            Spin score
          </p>
          <p className="flex items-center gap-2">
            <span className="text-2xl font-semibold tabular-nums" aria-describedby="spin-score-label">
              {score}
              <span className="text-base font-normal text-muted">/100</span>
            </span>
            <span aria-hidden="true" className="h-2 w-28 overflow-hidden rounded-full bg-sunken ring-1 ring-line-soft">
              <span className="block h-full rounded-full bg-ink" style={{ width: `${score}%` }} />
            </span>
          </p>
        </div>
      </div>
      <p className="max-w-3xl">{explainSummary(analysis)}</p>
      <SourceLinks analysis={analysis} />
      {counts.length > 0 && (
        <ul aria-label="Findings per kind" className="flex flex-wrap gap-2 text-sm">
          {counts.map(([kind, count]) => (
            <li key={kind} className="kind-swatch rounded px-1.5 py-0.5" data-kind={kind}>
              <span aria-hidden="true" className="kind-glyph select-none">
                {KIND_ICONS[kind]}
              </span>
              {KIND_LABELS[kind]}: <span className="font-semibold tabular-nums">{count}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Dates, the share link and, for the creator, Delete. */
function Stored({ result }: { result: ReviewResult }) {
  return (
    <div className="flex min-w-0 flex-col gap-2">
      <p className="text-sm text-muted">
        Created {formatDay(result.createdAt)} · {describeExpiry(result.expiresAt)} · read-only for anyone with the link
      </p>
      <div className="review-no-print">
        <ShareLink url={result.shareUrl} />
      </div>
      <p className="hidden text-sm print:block">Link: {result.shareUrl}</p>
      {result.canDelete && (
        <div className="review-no-print">
          <DeleteResult id={result.id} />
        </div>
      )}
    </div>
  );
}

/**
 * The top of the review: the summary on the left and, for a stored result, its dates, share
 * link and Delete on the right (stacked on narrow screens).
 */
export function ReviewHeader({ analysis, result }: { analysis: Analysis; result?: ReviewResult }) {
  return (
    <header className="grid gap-x-4 gap-y-4 border-b border-line-soft pb-4 lg:grid-cols-[minmax(0,1fr)_0.75rem_minmax(18rem,24rem)]">
      {/* A stored review is its own page (h1); an unsaved one sits under the home page's h2. */}
      <Summary analysis={analysis} headingLevel={result ? 1 : 3} />
      {/* The same columns as the document, minimap and findings panel below, so edges line up. */}
      {result ? (
        <div className="min-w-0 lg:col-start-3">
          <Stored result={result} />
        </div>
      ) : (
        <p className="text-sm text-muted lg:col-start-3">Not stored: this review has no link and disappears when you leave the page.</p>
      )}
    </header>
  );
}
