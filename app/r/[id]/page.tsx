import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import { notFound } from "next/navigation";
import { Review } from "@/components/review/review";
import { ReviewArchivePanel } from "@/components/archive/review-archive-panel";
import { legacyDeleteCookieName, OWNER_COOKIE, ownerKeyFrom } from "@/lib/delete-cookie";
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
 * whose browser holds the delete cookie. Unknown, deleted and expired ids are 404.
 */
export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!ID_PATTERN.test(id)) notFound();
  const store = await getStore();
  const stored = await store.get(id);
  if (!stored) notFound();
  const cookieStore = await cookies();
  const ownerKey = ownerKeyFrom(cookieStore.get(OWNER_COOKIE)?.value);
  const canDelete = cookieStore.has(legacyDeleteCookieName(id)) || (ownerKey !== null && (await store.isOwnedBy(id, ownerKey)));
  const shareUrl = shareUrlFor(id, requestOriginFrom(await headers()));
  return (
    <>
    <ReviewArchivePanel resultId={id} analysis={stored.analysis} />
    <Review
      analysis={stored.analysis}
      result={{
        id,
        shareUrl,
        createdAt: stored.createdAt,
        expiresAt: stored.expiresAt,
        canDelete,
      }}
    />
    </>
  );
}
