import type { Metadata } from "next";
import { connection } from "next/server";
import { WatchForm } from "@/components/watch/watch-form";
import { getConfig } from "@/lib/config";

export const metadata: Metadata = { title: "Watch many copies" };

/** The watch page: one original against many copies, ranked by spin score. */
export default async function WatchPage() {
  await connection();
  const { maxChars } = getConfig();
  return (
    <>
      <div className="mx-auto max-w-7xl px-4 pt-6 sm:px-6 sm:pt-8">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Watch many copies of one article</h1>
        <p className="mt-2 max-w-3xl text-muted">
          Compare your original with every copy you found, from files, pasted text or links. The copies are ranked by
          spin score, each with its own review.
        </p>
      </div>
      <WatchForm maxChars={maxChars} />
    </>
  );
}
