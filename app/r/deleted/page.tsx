import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Result deleted", robots: { index: false, follow: false } };

/** Where the creator lands after deleting a result from its review. */
export default function ResultDeleted() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-12 sm:px-6">
      <h1 className="text-2xl font-semibold">Result deleted</h1>
      <p className="mt-3 text-muted">
        The review and both texts are gone from the database. Anyone who opens its link now gets “This result does not
        exist”.
      </p>
      <p className="mt-6">
        <Link href="/" className="font-semibold text-accent underline">
          Compare two articles
        </Link>
      </p>
    </div>
  );
}
