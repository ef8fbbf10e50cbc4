"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { foldUnchanged } from "./collapse";
import { DocumentView, type DocumentController } from "./document-view";
import { ExportActions } from "./export-actions";
import { DEFAULT_FILTER, isShown, type FindingFilter } from "./filters";
import { describeFinding, findingDescriptionId, findingElementId, rowElementId } from "./finding-text";
import { DensityStrip } from "./density-strip";
import { FindingStepper } from "./finding-stepper";
import { HowToRead, useHowToRead } from "./how-to-read";
import { FindingTooltip } from "./finding-tooltip";
import { FindingsPanel } from "./findings-panel";
import { Minimap } from "./minimap";
import { placeTicks } from "./minimap-ticks";
import { placeFindings } from "./place-findings";
import { ReviewHeader } from "./review-header";
import { rowChanged, type DiffView } from "./row-diff";
import { buildRows } from "./rows";
import { ShortcutsDialog } from "./shortcuts-dialog";
import type { ReviewProps } from "./types";
import { useFindingTooltip } from "./use-finding-tooltip";
import { useReviewKeys } from "./use-review-keys";
import { DEFAULT_VIEW, ViewOptions, type ViewSettings } from "./view-options";
import "./review.css";

export type { ReviewProps, ReviewResult } from "./types";

/**
 * The review of one analysis: verdict and score, the two texts side by side with every
 * change marked, the findings list with filters, a minimap, keyboard navigation and exports.
 * Without `result` (a "Don't store" analysis) there is no link and no Delete.
 */
export function Review({ analysis, result }: ReviewProps) {
  const [view, setView] = useState<ViewSettings>(DEFAULT_VIEW);
  const [filter, setFilter] = useState<FindingFilter>(DEFAULT_FILTER);
  const [current, setCurrent] = useState<number | null>(null);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [guideOpen, setGuideOpen] = useHowToRead();
  // Narrow screens start with the text; the findings panel opens on demand.
  const [panelOpen, setPanelOpen] = useState(false);
  const tooltip = useFindingTooltip(setCurrent);
  const [announcement, setAnnouncement] = useState("");
  // Set once hydrated: until then the keyboard shortcuts are not listening (tests wait for it).
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const documentRef = useRef<HTMLElement>(null);
  const documentController = useRef<DocumentController>(null);

  const rows = useMemo(() => buildRows(analysis), [analysis]);
  const placement = useMemo(() => placeFindings(analysis, rows), [analysis, rows]);
  // One object per combination of flags, so memoised rows re-diff only when a flag changes.
  const diffView = useMemo<DiffView>(
    () => ({ ignoreCase: view.ignoreCase, ignorePunctuation: view.ignorePunctuation, ignoreWhitespace: view.ignoreWhitespace }),
    [view.ignoreCase, view.ignorePunctuation, view.ignoreWhitespace],
  );
  const changed = useMemo(
    () => (view.collapseUnchanged ? rows.map((row) => rowChanged(analysis, row, diffView)) : null),
    [analysis, rows, diffView, view.collapseUnchanged],
  );
  const shown = useMemo(() => placement.order.filter((i) => isShown(analysis.findings[i]!, filter)), [analysis, placement, filter]);
  const findingsByRow = useMemo(() => {
    const visible = new Set(shown);
    return placement.byRow.map((list) => list.filter((i) => visible.has(i)));
  }, [placement, shown]);
  const blocks = useMemo(() => foldUnchanged(rows, changed, findingsByRow), [rows, changed, findingsByRow]);

  const ticks = useMemo(
    () => placeTicks(analysis, rows, blocks, shown, placement.rowOf),
    [analysis, rows, blocks, shown, placement],
  );

  const goTo = useCallback(
    (index: number) => {
      setCurrent(index);
      documentController.current?.reveal(placement.rowOf[index]!);
      const row = rows[placement.rowOf[index]!];
      const target = document.getElementById(findingElementId(index)) ?? (row ? document.getElementById(rowElementId(row.key)) : null);
      if (!target) return;
      target.scrollIntoView({ block: "center" });
      target.focus({ preventScroll: true });
      const position = shown.indexOf(index);
      setAnnouncement(position >= 0 ? `Finding ${position + 1} of ${shown.length}` : "");
    },
    [rows, placement, shown],
  );

  const step = useCallback(
    (direction: 1 | -1) => {
      if (shown.length === 0) {
        setAnnouncement("No findings to move to.");
        return;
      }
      const focused = document.activeElement?.closest<HTMLElement>("[data-finding]")?.dataset.finding;
      const from = focused !== undefined ? Number(focused) : current;
      const at = from === null ? -1 : shown.indexOf(from);
      const next = at === -1 ? (direction === 1 ? 0 : shown.length - 1) : (at + direction + shown.length) % shown.length;
      goTo(shown[next]!);
    },
    [shown, current, goTo],
  );

  useReviewKeys({
    onNext: () => step(1),
    onPrevious: () => step(-1),
    onHelp: () => setShortcutsOpen(true),
    onEscape: tooltip.hide,
  });

  return (
    <div
      data-ready={ready ? "true" : undefined}
      className="review mx-auto flex max-w-[112rem] flex-col gap-4 px-4 py-5 sm:px-6"
      {...tooltip.handlers}
    >
      <ReviewHeader analysis={analysis} result={result} />
      <HowToRead open={guideOpen} onOpenChange={setGuideOpen} hasOriginal={analysis.original !== null} />
      <DensityStrip analysis={analysis} shown={shown} onSelect={goTo} />

      <div className="review-no-print flex flex-wrap items-center justify-between gap-3">
        <ViewOptions view={view} onChange={setView} hasOriginal={analysis.original !== null} />
        <div className="flex flex-wrap items-center gap-2">
          {guideOpen === false && (
            <button type="button" onClick={() => setGuideOpen(true)} className="rounded border border-line bg-surface px-2.5 py-1 text-sm hover:bg-sunken">
              How to read this review
            </button>
          )}
          <ExportActions analysis={analysis} result={result} />
          <button
            type="button"
            onClick={() => setShortcutsOpen(true)}
            className="hidden rounded border border-line bg-surface px-2.5 py-1 text-sm hover:bg-sunken md:inline-block"
            aria-keyshortcuts="?"
          >
            Keyboard shortcuts <kbd className="font-mono text-xs text-muted">?</kbd>
          </button>
        </div>
      </div>

      <div className="flex flex-col gap-4 lg:grid lg:grid-cols-[minmax(0,1fr)_0.75rem_minmax(18rem,24rem)] lg:items-start">
        {/* Phones: the wrapper dissolves (contents) so the toolbar sticks over the whole document. */}
        <div className="contents lg:sticky lg:top-3 lg:col-start-3 lg:row-start-1 lg:flex lg:flex-col lg:gap-2">
          <div className="review-no-print sticky top-0 z-20 -mx-4 flex h-12 items-center justify-between gap-2 border-b border-line-soft bg-canvas px-4 sm:-mx-6 sm:px-6 lg:static lg:mx-0 lg:h-auto lg:border-0 lg:bg-transparent lg:px-0">
            <button
              type="button"
              aria-expanded={panelOpen}
              aria-controls="findings-panel"
              onClick={() => setPanelOpen((open) => !open)}
              className="whitespace-nowrap rounded border border-line bg-surface px-3 py-1.5 text-sm font-semibold lg:hidden"
            >
              {/* Narrow phones show "Findings (31)"; the accessible name stays "Findings and filters (31)". */}
              {panelOpen ? (
                "Hide findings"
              ) : (
                <>
                  Findings<span className="sr-only sm:not-sr-only"> and filters</span> ({shown.length})
                </>
              )}
            </button>
            <FindingStepper
              position={current === null ? -1 : shown.indexOf(current)}
              total={shown.length}
              all={analysis.findings.length}
              onStep={step}
            />
          </div>
          <aside
            id="findings-panel"
            data-scroll-panel
            aria-label="Findings panel"
            className={`review-no-print max-h-[60vh] overflow-y-auto rounded border border-line-soft bg-surface p-3 lg:block lg:max-h-[calc(100vh-5rem)] ${panelOpen ? "" : "hidden"}`}
          >
            <FindingsPanel
              analysis={analysis}
              order={placement.order}
              shown={shown}
              filter={filter}
              onFilterChange={setFilter}
              current={current}
              onSelect={goTo}
              headingLevel={result ? 2 : 3}
            />
          </aside>
        </div>
        <div className="review-no-print sticky top-3 hidden lg:col-start-2 lg:row-start-1 lg:block">
          <Minimap ticks={ticks} documentRef={documentRef} onSelect={goTo} />
        </div>
        <div className="min-w-0 lg:col-start-1 lg:row-start-1">
          <DocumentView
            analysis={analysis}
            rows={rows}
            blocks={blocks}
            findingsByRow={findingsByRow}
            view={diffView}
            controller={documentController}
            sectionRef={documentRef}
          />
        </div>
      </div>

      {/* What each highlight's aria-describedby points at. */}
      <div hidden>
        {analysis.findings.map((finding, index) => (
          <span key={index} id={findingDescriptionId(index)}>
            {describeFinding(finding)}
          </span>
        ))}
      </div>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <FindingTooltip
        finding={tooltip.tip ? (analysis.findings[tooltip.tip.finding] ?? null) : null}
        anchor={tooltip.tip?.anchor ?? null}
        onPointerEnter={tooltip.keep}
        onPointerLeave={tooltip.hideSoon}
      />
      <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
    </div>
  );
}
