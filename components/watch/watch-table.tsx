"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";
import { watchRowsToCsv } from "@/lib/watch/watch-csv";
import { countFactChanges, countFindings, type WatchRow } from "@/lib/watch/watch-row";

export type WatchTableProps = { rows: WatchRow[] };

/**
 * The ranked copies: spin score highest first, each row linking to its review, and a CSV
 * download of the same columns. A copy that could not be analysed says why in its row.
 */
export function WatchTable({ rows }: WatchTableProps) {
  const analysed = rows.filter((row) => !row.error).length;
  const downloadCsv = () => {
    // Review links in a spreadsheet must work outside the app: make them absolute.
    const absolute = rows.map((row) => (row.url ? { ...row, url: new URL(row.url, window.location.origin).href } : row));
    const blob = new Blob([watchRowsToCsv(absolute)], { type: "text/csv;charset=utf-8" });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = "unspun-watch.csv";
    link.click();
    URL.revokeObjectURL(link.href);
  };

  return (
    <section aria-labelledby="watch-results-title" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="watch-results-title" className="text-xl font-semibold">
          {analysed} of {rows.length} {rows.length === 1 ? "copy" : "copies"} compared, most spun first
        </h2>
        <Button onClick={downloadCsv}>Download CSV</Button>
      </div>
      <div className="overflow-x-auto rounded-md border border-line-soft bg-surface">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Copies ranked by spin score</caption>
          <thead className="border-b border-line-soft text-muted">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">Rank</th>
              <th scope="col" className="px-3 py-2 font-medium">Copy</th>
              <th scope="col" className="px-3 py-2 text-right font-medium">Spin score</th>
              <th scope="col" className="px-3 py-2 font-medium">Verdict</th>
              <th scope="col" className="px-3 py-2 text-right font-medium">Facts changed</th>
              <th scope="col" className="px-3 py-2 text-right font-medium">Findings</th>
              <th scope="col" className="px-3 py-2 font-medium">Review</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={`${index}-${row.name}`} className="border-b border-line-soft last:border-0">
                <td className="px-3 py-2 tabular-nums">{index + 1}</td>
                <th scope="row" className="max-w-md px-3 py-2 font-medium break-words">
                  {row.name}
                  {row.sourceUrl && row.sourceUrl !== row.name && <span className="block text-xs font-normal text-muted">{row.sourceUrl}</span>}
                </th>
                {row.error ? (
                  <td colSpan={5} className="px-3 py-2 text-danger">
                    Not analysed: {row.error}
                  </td>
                ) : (
                  <>
                    <td className="px-3 py-2 text-right tabular-nums">
                      <ScoreBar score={row.spinScore ?? 0} />
                    </td>
                    <td className="px-3 py-2">{row.verdict}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{countFactChanges(row.counts)}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{countFindings(row.counts)}</td>
                    <td className="px-3 py-2">
                      {row.url ? (
                        <Link href={row.url} aria-label={`Open the review of ${row.name}`} className="text-accent underline-offset-2 hover:underline">
                          Open review
                        </Link>
                      ) : (
                        "—"
                      )}
                    </td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The score as a number and a bar, so the ranking reads at a glance. */
function ScoreBar({ score }: { score: number }) {
  return (
    <span className="inline-flex items-center justify-end gap-2">
      <span aria-hidden="true" className="inline-block h-2 w-20 overflow-hidden rounded bg-sunken">
        <span className="block h-full bg-accent" style={{ width: `${Math.round(score * 100)}%` }} />
      </span>
      {score.toFixed(2)}
    </span>
  );
}
