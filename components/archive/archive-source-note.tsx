import type { ArchiveSource } from "@/lib/archive/archive-source";

/** Says which archive article served as the original, and whether Unspun picked it itself. */
export function ArchiveSourceNote({ source }: { source: ArchiveSource }) {
  return (
    <div className="mx-auto mt-4 max-w-7xl px-4 sm:px-6">
      <p role="note" aria-label="Original from the archive" className="rounded-md border border-line bg-surface p-3 text-sm">
        {source.how === "automatic" ? "No original was given, so Unspun used the archive article that is clearly the source: " : "Compared with the archive article "}
        <strong>{source.title}</strong>
        {source.published ? ` (${source.published})` : ""}, match {Math.round(source.score * 100)}%.
      </p>
    </div>
  );
}
