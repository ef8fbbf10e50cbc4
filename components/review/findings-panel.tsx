"use client";

import { memo, useEffect, useMemo, useRef, useState } from "react";
import type { Analysis, Kind } from "@/lib/analysis/browser";
import { FINDING_KINDS, SEVERITIES } from "@/lib/analysis/browser";
import { KIND_HINTS, KIND_LABELS, SEVERITY_LABELS } from "@/lib/report/labels";
import { toggled, type FindingFilter } from "./filters";
import { quoteFinding } from "./finding-text";
import { KIND_ICONS } from "./kinds";

export type FindingsPanelProps = {
  analysis: Analysis;
  /** Every finding index in document order. */
  order: number[];
  /** The findings that pass the filter, in document order. */
  shown: number[];
  filter: FindingFilter;
  onFilterChange: (filter: FindingFilter) => void;
  /** The finding last moved to, if any. */
  current: number | null;
  /** h2 on the review page; h3 when the review sits under the home page's result heading. */
  headingLevel: 2 | 3;
  onSelect: (index: number) => void;
};

function KindFilter({ kind, count, hidden, onToggle }: { kind: Kind; count: number; hidden: boolean; onToggle: () => void }) {
  return (
    <label className={`flex items-start gap-2 py-0.5 text-sm ${count === 0 ? "text-muted" : ""}`} title={KIND_HINTS[kind]}>
      <input type="checkbox" className="mt-1 size-4 accent-accent" checked={!hidden} onChange={onToggle} />
      <span className="kind-swatch rounded px-1" data-kind={kind}>
        <span aria-hidden="true" className="kind-glyph select-none">
          {KIND_ICONS[kind]}
        </span>
        {KIND_LABELS[kind]}
      </span>
      <span className="ml-auto tabular-nums">{count}</span>
    </label>
  );
}

/**
 * Items listed before a "Show all" button. A news article has tens of findings; a book-length
 * pair can have thousands, which nobody reads as a list and which slow the page down.
 */
const LIST_LIMIT = 200;

type FindingItemProps = { analysis: Analysis; index: number; position: number; isCurrent: boolean; onSelect: (index: number) => void };

/** One finding in the list: kind, severity, the suspect's words, message and likely original. */
const FindingItem = memo(function FindingItem({ analysis, index, position, isCurrent, onSelect }: FindingItemProps) {
  const finding = analysis.findings[index]!;
  const quote = quoteFinding(analysis, finding);
  const item = useRef<HTMLLIElement>(null);
  // Keep the current finding in sight in the panel's own scroll area. scrollIntoView would
  // also scroll the page, away from the highlight the reader just moved to.
  useEffect(() => {
    const element = item.current;
    const panel = element?.closest<HTMLElement>("[data-scroll-panel]");
    if (!isCurrent || !element || !panel) return;
    const top = element.getBoundingClientRect().top - panel.getBoundingClientRect().top;
    if (top < 0 || top + element.offsetHeight > panel.clientHeight) {
      panel.scrollTop += top - panel.clientHeight / 3;
    }
  }, [isCurrent]);
  return (
    <li ref={item}>
      <button
        type="button"
        onClick={() => onSelect(index)}
        aria-current={isCurrent ? "true" : undefined}
        className={`w-full rounded border px-2.5 py-2 text-left text-sm hover:bg-sunken ${isCurrent ? "border-accent bg-accent-soft" : "border-line-soft bg-surface"}`}
      >
        <span className="flex items-baseline gap-2">
          <span className="kind-swatch rounded px-1 font-semibold" data-kind={finding.kind}>
            <span aria-hidden="true" className="kind-glyph select-none">
              {KIND_ICONS[finding.kind]}
            </span>
            {KIND_LABELS[finding.kind]}
          </span>
          <span className="text-xs text-muted">{SEVERITY_LABELS[finding.severity]} severity</span>
          <span className="ml-auto text-xs tabular-nums text-muted">{position + 1}</span>
        </span>
        {quote && <span className="mt-1 block font-reading">“{quote}”</span>}
        <span className="mt-1 block">{finding.message}</span>
        {finding.suggestion?.trim() && (
          <span className="mt-1 block">
            Likely original: <em className="font-reading font-semibold">{finding.suggestion}</em>
          </span>
        )}
      </button>
    </li>
  );
});

/**
 * The findings list beside the document: filters by kind (which double as the legend) and
 * by severity, counts per kind, and every shown finding in document order; choosing one
 * moves the document to it.
 */
export function FindingsPanel({ analysis, order, shown, filter, onFilterChange, current, onSelect, headingLevel }: FindingsPanelProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const [limit, setLimit] = useState(LIST_LIMIT);
  const counts = useMemo(() => {
    const byKey = new Map<string, number>();
    for (const finding of analysis.findings) {
      byKey.set(finding.kind, (byKey.get(finding.kind) ?? 0) + 1);
      byKey.set(finding.severity, (byKey.get(finding.severity) ?? 0) + 1);
    }
    return byKey;
  }, [analysis]);
  const countOf = (kind: Kind) => counts.get(kind) ?? 0;
  const severityCount = (severity: string) => counts.get(severity) ?? 0;
  const hiddenCount = order.length - shown.length;
  return (
    <section aria-labelledby="findings-heading" className="flex flex-col gap-3">
      <div className="flex items-baseline justify-between gap-2">
        <Heading id="findings-heading" className="text-lg font-semibold">
          Findings
        </Heading>
        <p className="text-sm text-muted" aria-live="polite">
          {shown.length} shown{hiddenCount > 0 ? `, ${hiddenCount} hidden by filters` : ""}
        </p>
      </div>

      <fieldset className="rounded border border-line-soft p-2">
        <legend className="px-1 text-sm font-semibold">Kinds (legend)</legend>
        {/* Judged alone there is no original, so nothing can be "not in the original" or left out. */}
        {FINDING_KINDS.filter((kind) => analysis.original !== null || (kind !== "unsupported" && kind !== "omitted")).map((kind) => (
          <KindFilter
            key={kind}
            kind={kind}
            count={countOf(kind)}
            hidden={filter.hiddenKinds.has(kind)}
            onToggle={() => onFilterChange({ ...filter, hiddenKinds: toggled(filter.hiddenKinds, kind) })}
          />
        ))}
        <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1 border-t border-line-soft pt-1.5 text-sm font-reading">
          <span className="review-sample">
            <del>removed word</del>
          </span>
          <span className="review-sample">
            <ins>added word</ins>
          </span>
        </p>
      </fieldset>

      <fieldset className="flex flex-wrap gap-x-4 rounded border border-line-soft p-2">
        <legend className="px-1 text-sm font-semibold">Severity</legend>
        {SEVERITIES.map((severity) => (
          <label key={severity} className="flex items-center gap-1.5 text-sm">
            <input
              type="checkbox"
              className="size-4 accent-accent"
              checked={!filter.hiddenSeverities.has(severity)}
              onChange={() => onFilterChange({ ...filter, hiddenSeverities: toggled(filter.hiddenSeverities, severity) })}
            />
            {SEVERITY_LABELS[severity]} <span className="tabular-nums text-muted">({severityCount(severity)})</span>
          </label>
        ))}
      </fieldset>

      {shown.length === 0 ? (
        <p className="text-sm text-muted">
          {order.length === 0 ? "No findings: nothing changed facts or meaning." : "Every finding is hidden by the filters above."}
        </p>
      ) : (
        <>
          <ol aria-label="Findings in document order" className="flex flex-col gap-1.5">
            {shown.slice(0, limit).map((index, position) => (
              <FindingItem
                key={index}
                analysis={analysis}
                index={index}
                position={position}
                isCurrent={current === index}
                onSelect={onSelect}
              />
            ))}
          </ol>
          {shown.length > limit && (
            <button type="button" className="self-start text-sm text-accent underline" onClick={() => setLimit(shown.length)}>
              Show all {shown.length.toLocaleString("en-GB")} findings
            </button>
          )}
        </>
      )}
    </section>
  );
}
