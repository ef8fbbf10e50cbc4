"use client";

import Link from "next/link";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";

/** Shown when a page fails unexpectedly; the cause is logged, the editor gets a way out. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div className="mx-auto max-w-2xl px-4 py-12 sm:px-6">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-3 text-muted">
        This page could not be shown because of a fault on our side. Try again; if it keeps happening, tell whoever runs
        this Unspun server{error.digest ? <> and quote the reference <code className="font-mono">{error.digest}</code></> : null}.
      </p>
      <div className="mt-6 flex gap-3">
        <Button variant="primary" onClick={() => reset()}>
          Try again
        </Button>
        <Link href="/" className="inline-flex items-center px-2 text-sm font-medium text-accent underline underline-offset-2">
          Back to the start
        </Link>
      </div>
    </div>
  );
}
