"use client";

import { useRouter } from "next/navigation";
import { useState, type DragEvent } from "react";
import { buttonClasses } from "@/components/ui/button";
import { readArchiveFiles, type ReadArticle } from "./read-archive-files";

/** Articles sent per request: keeps each body far under the API's limit. */
const SLICE = 50;
type Line = { source: string; outcome: string; ok: boolean };

/** Drop or choose many files (or a .jsonl); each is read here and sent to POST /api/archive in slices. */
export function ArchiveUpload() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [lines, setLines] = useState<Line[]>([]);
  const [summary, setSummary] = useState("");

  async function addFiles(files: File[]) {
    setBusy(true);
    setLines([]);
    setSummary("");
    const tally = { added: 0, updated: 0, skipped: 0 };
    const report: Line[] = [];
    let slice: Extract<ReadArticle, { ok: true }>[] = [];
    const send = async () => {
      if (slice.length === 0) return;
      const response = await fetch("/api/archive", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ articles: slice.map((s) => s.article) }) });
      const body = (await response.json()) as { results?: { index: number; status?: "added" | "updated"; error?: string }[]; error?: string };
      for (const [i, item] of slice.entries()) {
        const result = body.results?.[i];
        if (result?.status) tally[result.status]++;
        else tally.skipped++;
        report.push({ source: item.source, ok: !!result?.status, outcome: result?.status ?? result?.error ?? body.error ?? "not added" });
      }
      slice = [];
      setLines([...report]);
    };
    for await (const item of readArchiveFiles(files)) {
      if (item.ok) slice.push(item);
      else {
        tally.skipped++;
        report.push({ source: item.source, ok: false, outcome: item.message });
      }
      if (slice.length >= SLICE) await send();
    }
    await send();
    setLines([...report]);
    setSummary(`${tally.added} added, ${tally.updated} updated, ${tally.skipped} skipped.`);
    setBusy(false);
    router.refresh();
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    void addFiles([...event.dataTransfer.files]);
  };
  return (
    <section aria-labelledby="archive-add" className="mt-6 rounded-md border border-dashed border-line bg-surface p-4" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <h2 id="archive-add" className="font-semibold">Add articles</h2>
      <p className="mt-1 text-sm text-muted">Drop .txt, .md, .html or .docx files here, or a .jsonl with one {"{title, url, published, text}"} per line. The same URL or text added again updates the article.</p>
      <label className={`${buttonClasses("primary")} mt-3 cursor-pointer`}>
        Choose files
        <input type="file" multiple accept=".txt,.md,.markdown,.html,.htm,.docx,.jsonl" className="sr-only" disabled={busy} aria-label="Files to add to the archive" onChange={(e) => void addFiles([...(e.target.files ?? [])])} />
      </label>
      {busy && <p className="mt-2 text-sm" role="status">Adding…</p>}
      {summary && <p className="mt-2 text-sm font-medium" role="status" aria-label="Upload summary">{summary}</p>}
      {lines.some((l) => !l.ok) && (
        <ul className="mt-2 text-sm" aria-label="Files not added">
          {lines.filter((l) => !l.ok).map((l) => <li key={l.source}>{l.source}: {l.outcome}</li>)}
        </ul>
      )}
    </section>
  );
}
