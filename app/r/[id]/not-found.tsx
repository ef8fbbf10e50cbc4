import Link from "next/link";

/** Unknown, deleted and expired results all land here, with a 404 status. */
export default function ResultNotFound() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-12 sm:px-6">
      <h1 className="text-2xl font-semibold">This result does not exist</h1>
      <p className="mt-3 text-muted">
        Nothing is stored at this link. Its creator may have deleted it, it may have expired, or the link may be
        mistyped or cut short.
      </p>
      <p className="mt-6">
        <Link href="/" className="font-semibold text-accent underline">
          Compare two articles
        </Link>
      </p>
    </div>
  );
}
