"use client";

import { useEffect, useState } from "react";
import type { Analysis } from "@/lib/analysis/types";
import { Spinner } from "@/components/ui/spinner";
import { Review } from "./review";
import type { ReviewResult } from "./types";

export type ReviewLoaderProps = { result: ReviewResult };

type Loaded = { status: "loading" } | { status: "ready"; analysis: Analysis } | { status: "failed"; message: string };

/**
 * A stored result's review, loaded in the browser: the server sends only the page shell
 * and this fetches the stored analysis from the JSON API (GET /api/analyses/{id}, which
 * the browser revalidates with its ETag), so even the largest result never costs the
 * server more than a few milliseconds of rendering. The review itself renders only the
 * rows in view.
 */
export function ReviewLoader({ result }: ReviewLoaderProps) {
  const [loaded, setLoaded] = useState<Loaded>({ status: "loading" });
  const { id } = result;

  useEffect(() => {
    const controller = new AbortController();
    void loadAnalysis(id, controller.signal).then((outcome) => {
      if (!controller.signal.aborted) setLoaded(outcome);
    });
    return () => controller.abort();
  }, [id]);

  if (loaded.status === "ready") return <Review analysis={loaded.analysis} result={result} />;
  if (loaded.status === "failed") {
    return (
      <div className="mx-auto max-w-2xl px-4 py-12 sm:px-6">
        <h1 className="text-2xl font-semibold">The review could not be loaded</h1>
        <p role="alert" aria-label="Loading failed" className="mt-3 text-muted">
          {loaded.message}
        </p>
        <button type="button" className="mt-6 font-semibold text-accent underline" onClick={() => window.location.reload()}>
          Try again
        </button>
      </div>
    );
  }
  return (
    <div role="status" className="mx-auto flex max-w-2xl items-center gap-3 px-4 py-12 text-muted sm:px-6">
      <Spinner />
      Loading the review…
    </div>
  );
}

async function loadAnalysis(id: string, signal: AbortSignal): Promise<Loaded> {
  try {
    const response = await fetch(`/api/analyses/${encodeURIComponent(id)}`, { signal, headers: { accept: "application/json" } });
    if (response.status === 404) return { status: "failed", message: "This result is no longer stored: it may have been deleted or may have expired." };
    if (!response.ok) {
      const retry = response.headers.get("retry-after");
      return { status: "failed", message: `The server could not send the result (${response.status})${retry ? `: try again in ${retry} seconds` : ""}.` };
    }
    const body = (await response.json()) as { analysis: Analysis };
    return { status: "ready", analysis: body.analysis };
  } catch (error) {
    if (signal.aborted) return { status: "loading" };
    return { status: "failed", message: `The result could not be fetched: ${error instanceof Error ? error.message : "network error"}. Check the connection and try again.` };
  }
}
