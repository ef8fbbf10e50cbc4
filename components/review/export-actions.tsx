"use client";

import { renderMarkdownReport } from "@/lib/report/markdown";
import type { ReviewProps } from "./types";

/** Offers `content` as a file download without a server round trip. */
function download(fileName: string, type: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const buttonClass = "rounded border border-line bg-surface px-2.5 py-1 text-sm hover:bg-sunken";

/** Markdown report, the Analysis JSON, and print (the print stylesheet makes a clean PDF). */
export function ExportActions({ analysis, result }: ReviewProps) {
  const base = result ? `unspun-${result.id}` : "unspun-analysis";
  return (
    <div role="group" aria-label="Export" className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        className={buttonClass}
        onClick={() =>
          download(
            `${base}.md`,
            "text/markdown;charset=utf-8",
            renderMarkdownReport(analysis, result ? { shareUrl: result.shareUrl, createdAt: result.createdAt, expiresAt: result.expiresAt } : {}),
          )
        }
      >
        Download report (Markdown)
      </button>
      <button
        type="button"
        className={buttonClass}
        onClick={() => download(`${base}.json`, "application/json", `${JSON.stringify(analysis, null, 2)}\n`)}
      >
        Download analysis (JSON)
      </button>
      <button type="button" className={buttonClass} onClick={() => window.print()}>
        Print or save as PDF
      </button>
    </div>
  );
}
