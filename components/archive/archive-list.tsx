import Link from "next/link";
import { deleteArchiveArticleAction } from "@/app/archive/actions";
import type { ArchiveSummary } from "@/lib/archive/types";

export type ArchiveListProps = { page: { total: number; articles: ArchiveSummary[] }; offset: number; pageSize: number; deleted: boolean };

/** The archive's articles, newest first, each with Open and Delete. */
export function ArchiveList({ page, offset, pageSize, deleted }: ArchiveListProps) {
  const { total, articles } = page;
  return (
    <section aria-labelledby="archive-articles" className="mt-8">
      <h2 id="archive-articles" className="text-lg font-semibold">
        {total.toLocaleString("en-US")} article{total === 1 ? "" : "s"} in the archive
      </h2>
      {deleted && <p role="status" className="mt-1 text-sm">Article deleted.</p>}
      {articles.length === 0 ? (
        <p className="mt-2 text-muted">Nothing yet: add the newsroom’s published stories above.</p>
      ) : (
        <table className="mt-3 w-full text-left text-sm">
          <thead className="text-muted">
            <tr><th className="py-1 pr-3 font-medium">Title</th><th className="py-1 pr-3 font-medium">Published</th><th className="py-1 pr-3 font-medium">Words</th><th className="py-1 font-medium"><span className="sr-only">Actions</span></th></tr>
          </thead>
          <tbody>
            {articles.map((a) => (
              <tr key={a.id} className="border-t border-line-soft align-top">
                <td className="py-2 pr-3">
                  <Link href={`/archive/${a.id}`}>{a.title}</Link>
                  {a.url && <div className="truncate text-xs text-muted">{a.url}</div>}
                </td>
                <td className="py-2 pr-3 whitespace-nowrap">{a.published ?? "—"}</td>
                <td className="py-2 pr-3">{a.words.toLocaleString("en-US")}</td>
                <td className="py-2">
                  <form action={deleteArchiveArticleAction}>
                    <input type="hidden" name="id" value={a.id} />
                    <button type="submit" className="text-sm text-red-700 underline dark:text-red-400" aria-label={`Delete “${a.title}”`}>Delete</button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {total > pageSize && (
        <nav aria-label="Archive pages" className="mt-3 flex gap-4 text-sm">
          {offset > 0 && <Link href={`/archive?offset=${Math.max(0, offset - pageSize)}`}>Newer</Link>}
          {offset + pageSize < total && <Link href={`/archive?offset=${offset + pageSize}`}>Older</Link>}
        </nav>
      )}
    </section>
  );
}
