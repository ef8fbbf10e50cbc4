import Link from "next/link";

/** Any unknown address, including a share link that was deleted, expired or mistyped. */
export default function NotFound() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-12 sm:px-6">
      <h1 className="text-2xl font-semibold">Nothing here</h1>
      <p className="mt-3 text-muted">
        This page does not exist. If you followed a link to a review, it may have been deleted, it may have expired, or
        the link may be incomplete: check that it was copied in full.
      </p>
      <p className="mt-6">
        <Link href="/" className="font-medium text-accent underline underline-offset-2">
          Start a new comparison
        </Link>
      </p>
    </div>
  );
}
