import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getArchiveStore } from "@/lib/store/archive-index";
import { archiveAccess } from "../archive-access";

/** One archive article, as stored. */
export default async function ArchiveArticlePage({ params }: { params: Promise<{ id: string }> }) {
  if ((await archiveAccess()) !== "open") redirect("/archive");
  const article = await (await getArchiveStore()).get((await params).id);
  if (!article) notFound();
  return (
    <article className="mx-auto max-w-3xl px-4 py-6 sm:px-6">
      <Link href="/archive" className="text-sm">← Archive</Link>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight">{article.title}</h1>
      <p className="mt-1 text-sm text-muted">
        {article.published ?? "No date"}
        {article.url && (
          <>
            {" · "}
            <a href={article.url} rel="noreferrer noopener">{article.url}</a>
          </>
        )}
      </p>
      <div className="mt-4 whitespace-pre-wrap leading-relaxed">{article.text}</div>
    </article>
  );
}
