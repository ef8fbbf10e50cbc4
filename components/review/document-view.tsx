"use client";

import { forwardRef, useState } from "react";
import type { Analysis } from "@/lib/analysis/types";
import type { Block } from "./collapse";
import type { RowDiff } from "./row-diff";
import { RowView } from "./row-view";
import type { Row } from "./rows";

export type DocumentViewProps = {
  analysis: Analysis;
  rows: Row[];
  diffs: RowDiff[];
  blocks: Block[];
  /** Shown findings per row. */
  findingsByRow: number[][];
};

const countWords = (text: string) => (text.match(/\S+/g) ?? []).length.toLocaleString("en-GB");

/**
 * The two texts, row by row: column headings that stay on screen, then every row, with runs
 * of unchanged rows folded behind a button when the view asks for it. Rows far from the
 * viewport skip rendering work (content-visibility in review.css), so long articles scroll.
 */
export const DocumentView = forwardRef<HTMLElement, DocumentViewProps>(function DocumentView(
  { analysis, rows, diffs, blocks, findingsByRow },
  ref,
) {
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const twoColumns = analysis.original !== null;
  const renderRow = (index: number) => (
    <RowView
      key={rows[index]!.key}
      analysis={analysis}
      row={rows[index]!}
      diff={diffs[index]!}
      findings={findingsByRow[index] ?? []}
      twoColumns={twoColumns}
    />
  );

  return (
    <section ref={ref} aria-label={twoColumns ? "Side-by-side comparison" : "The suspect text"} className="min-w-0 rounded border border-line-soft bg-surface">
      <div className="sticky top-0 z-10 hidden border-b border-line-soft bg-surface font-semibold md:grid md:grid-cols-2">
        {twoColumns ? (
          <>
            <p className="border-r border-line-soft px-3 py-2">
              Original <span className="text-sm font-normal text-muted">{countWords(analysis.original!.text)} words</span>
            </p>
            <p className="px-3 py-2">
              Suspect <span className="text-sm font-normal text-muted">{countWords(analysis.suspect.text)} words</span>
            </p>
          </>
        ) : (
          <p className="px-3 py-2 md:col-span-2">
            Suspect <span className="text-sm font-normal text-muted">judged on its own, without an original</span>
          </p>
        )}
      </div>
      {blocks.map((block) => {
        if (block.type === "rows") return block.rows.map(renderRow);
        if (opened.has(block.key)) return block.rows.map(renderRow);
        return (
          <div key={`fold-${block.key}`} className="border-b border-line-soft px-3 py-1.5">
            <button
              type="button"
              className="text-sm text-accent underline"
              onClick={() => setOpened((previous) => new Set(previous).add(block.key))}
            >
              Show {block.rows.length} unchanged sentences
            </button>
          </div>
        );
      })}
    </section>
  );
});
