"use client";

import { startTransition, useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref, type RefObject } from "react";
import { flushSync } from "react-dom";
import type { Analysis } from "@/lib/analysis/browser";
import { countWords } from "@/lib/input/count-text";
import { chunkItems, chunkOfRow, displayItems, estimateChunkHeight, WINDOW_THRESHOLD, type DisplayItem } from "./chunks";
import type { Block } from "./collapse";
import type { DiffView } from "./row-diff";
import { RowView } from "./row-view";
import type { Row } from "./rows";

/** Lets the review bring a row into the DOM before scrolling to it. */
export type DocumentController = { reveal: (row: number) => void };

export type DocumentViewProps = {
  analysis: Analysis;
  rows: Row[];
  blocks: Block[];
  /** Shown findings per row. */
  findingsByRow: number[][];
  view: DiffView;
  controller: Ref<DocumentController>;
  sectionRef: RefObject<HTMLElement | null>;
};

/** Average width of a character of the reading face at 16 px, for height estimates. */
const CHAR_PX = 8.5;
/** How far beyond the viewport chunks are kept mounted (fraction of its height). */
const MOUNT_MARGIN = "150% 0px";

/** The home page's own count (lib/input/count-text), so both pages give a text the same number of words. */
const wordsIn = (text: string) => countWords(text).toLocaleString("en-US");

/**
 * The two texts, row by row: column headings that stay on screen, then every row, with runs
 * of unchanged rows folded behind a button when the view asks for it. Long documents mount
 * only the chunks of rows near the viewport (the rest keep their measured or estimated
 * height); everything mounts for printing and for the browser's find (Ctrl+F / ⌘F).
 */
export function DocumentView({ analysis, rows, blocks, findingsByRow, view, controller, sectionRef }: DocumentViewProps) {
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const items = useMemo(() => displayItems(blocks, opened), [blocks, opened]);
  const chunks = useMemo(() => chunkItems(items), [items]);
  const windowed = items.length > WINDOW_THRESHOLD;
  const [mounted, setMounted] = useState<ReadonlySet<number>>(() => new Set([0, 1]));
  // Printing and the browser's find-in-page need every row in the DOM.
  const [mountAll, setMountAll] = useState(false);
  const [charsPerLine, setCharsPerLine] = useState(70);
  const heights = useRef(new Map<number, number>());
  const chunkElements = useRef<(HTMLDivElement | null)[]>([]);
  const twoColumns = analysis.original !== null;

  useImperativeHandle(
    controller,
    () => ({
      reveal(row: number) {
        const chunk = chunkOfRow(chunks, row);
        if (!windowed || chunk < 0 || mounted.has(chunk)) return;
        flushSync(() => setMounted((previous) => new Set(previous).add(chunk)));
      },
    }),
    [chunks, windowed, mounted],
  );

  // Measured heights belong to one chunking; a fold opened or closed starts afresh.
  useEffect(() => heights.current.clear(), [chunks]);

  useEffect(() => {
    if (!windowed) return;
    const observer = new IntersectionObserver(
      (entries) => {
        // A transition: React renders newly visible rows in slices between frames, so
        // scrolling never waits for a chunk's diffs and markup.
        startTransition(() => setMounted((previous) => {
          let next: Set<number> | null = null;
          for (const entry of entries) {
            const chunk = Number((entry.target as HTMLElement).dataset.chunk);
            if (entry.isIntersecting && !previous.has(chunk)) {
              next ??= new Set(previous);
              next.add(chunk);
            } else if (!entry.isIntersecting && previous.has(chunk) && !entry.target.contains(document.activeElement)) {
              heights.current.set(chunk, entry.boundingClientRect.height);
              next ??= new Set(previous);
              next.delete(chunk);
            }
          }
          return next ?? previous;
        }));
      },
      { rootMargin: MOUNT_MARGIN },
    );
    chunkElements.current.slice(0, chunks.length).forEach((element) => element && observer.observe(element));
    return () => observer.disconnect();
  }, [windowed, chunks]);

  useEffect(() => {
    const section = sectionRef.current;
    if (!section || !windowed) return;
    const observer = new ResizeObserver(([entry]) => {
      const width = entry?.contentRect.width ?? 0;
      const column = window.matchMedia("(min-width: 48rem)").matches && twoColumns ? width / 2 : width;
      setCharsPerLine(Math.max(20, Math.floor((column - 24) / CHAR_PX)));
    });
    observer.observe(section);
    return () => observer.disconnect();
  }, [sectionRef, windowed, twoColumns]);

  useEffect(() => {
    if (!windowed) return;
    const before = () => flushSync(() => setMountAll(true));
    const after = () => setMountAll(false);
    // Ctrl+F / ⌘F: mount everything before the find bar opens, and keep it so while the
    // reader searches (scrolling is then slower, but every word can be found).
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "f") before();
    };
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    window.addEventListener("keydown", onKey);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
      window.removeEventListener("keydown", onKey);
    };
  }, [windowed]);

  const renderItem = (item: DisplayItem) => {
    if (item.type === "row") {
      return (
        <RowView
          key={rows[item.row]!.key}
          analysis={analysis}
          row={rows[item.row]!}
          view={view}
          findings={findingsByRow[item.row] ?? []}
          twoColumns={twoColumns}
        />
      );
    }
    return (
      <div key={`fold-${item.key}`} className="border-b border-line-soft px-3 py-1.5">
        <button
          type="button"
          className="text-sm text-accent underline"
          onClick={() => setOpened((previous) => new Set(previous).add(item.key))}
        >
          Show {item.rows.length} unchanged {item.rows.length === 1 ? "sentence" : "sentences"}
        </button>
      </div>
    );
  };

  return (
    <section
      ref={sectionRef}
      aria-label={twoColumns ? "Side-by-side comparison" : "The suspect text"}
      className="min-w-0 rounded border border-line-soft bg-surface"
    >
      <div className="sticky top-12 z-10 hidden border-b lg:top-0 border-line-soft bg-surface font-semibold md:grid md:grid-cols-2">
        {twoColumns ? (
          <>
            <p className="border-r border-line-soft px-3 py-2">
              Original <span className="text-sm font-normal text-muted">{wordsIn(analysis.original!.text)} words</span>
            </p>
            <p className="px-3 py-2">
              Suspect <span className="text-sm font-normal text-muted">{wordsIn(analysis.suspect.text)} words</span>
            </p>
          </>
        ) : (
          <p className="px-3 py-2 md:col-span-2">
            Suspect <span className="text-sm font-normal text-muted">judged on its own, without an original</span>
          </p>
        )}
      </div>
      {chunks.map((chunk, index) => {
        const live = !windowed || mountAll || mounted.has(index);
        return (
          <div
            key={index}
            data-chunk={index}
            ref={(element) => {
              chunkElements.current[index] = element;
            }}
            style={live ? undefined : { height: heights.current.get(index) ?? estimateChunkHeight(analysis, rows, chunk, charsPerLine) }}
          >
            {live ? chunk.map(renderItem) : null}
          </div>
        );
      })}
    </section>
  );
}
