import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import { notFound } from "next/navigation";
import { ReviewLoader } from "@/components/review/review-loader";
import { ReviewArchivePanel } from "@/components/archive/review-archive-panel";
import type { Analysis } from "@/lib/analysis";
import { archiveToken } from "@/lib/archive/access";
import { canDeleteResult } from "@/lib/delete-cookie";
import { shareUrlFor, requestOriginFrom } from "@/lib/share-url";
import { getStore } from "@/lib/store";

export const metadata: Metadata = {
  title: "Review",
  // A share link is private to whoever holds it: never in a search index.
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

/** Ids are URL-safe; anything longer or odder is answered 404 without a database trip. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * A stored result at its share link: the review, read-only for everyone but its creator,
 * whose browser holds the owner-key cookie. Unknown, deleted and expired ids are 404.
 * The page is only a shell: the browser loads the analysis from the JSON API and renders
 * it (ReviewLoader), so a large result never holds up the thread that answers everyone.
 */
export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!ID_PATTERN.test(id)) notFound();
  const store = await getStore();
  // The stored bytes (cached after the first read), never parsed here: only the dates are needed.
  const stored = await store.getJson(id);
  if (!stored) notFound();
  const cookieStore = await cookies();
  const canDelete = await canDeleteResult(store, id, (name) => cookieStore.get(name)?.value);
  const shareUrl = shareUrlFor(id, requestOriginFrom(await headers()));
  const result = { id, shareUrl, createdAt: stored.createdAt, expiresAt: stored.expiresAt, canDelete };
  // Only a deployment with an archive parses the stored analysis here (for the archive
  // note and candidates); without one the page stays a shell, however large the result.
  if (archiveToken() === null) return <ReviewLoader result={result} />;
  const analysis = JSON.parse(new TextDecoder().decode(stored.analysisJson)) as Analysis;
  return (
    <>
      <ReviewArchivePanel resultId={id} analysis={analysis} />
      <ReviewLoader result={result} />
    </>
  );
}
