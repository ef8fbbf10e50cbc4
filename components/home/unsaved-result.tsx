"use client";

import { useEffect, useRef } from "react";
import { Review } from "@/components/review/review";
import type { Analysis } from "@/lib/analysis/browser";

/**
 * A "Don't store" result, shown under the form: the full review, but no share link and
 * nothing saved (the review itself says so). Focus moves to its heading so keyboard and
 * screen-reader users land on it.
 */
export function UnsavedResult({ analysis }: { analysis: Analysis }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: "start", behavior: "smooth" });
  }, [analysis]);

  return (
    <section aria-labelledby="unsaved-result-title" className="border-t border-line-soft">
      <div className="mx-auto max-w-7xl px-4 pt-6 sm:px-6">
        <h2 id="unsaved-result-title" ref={heading} tabIndex={-1} className="text-xl font-semibold">
          Result (not stored)
        </h2>
      </div>
      <Review analysis={analysis} />
    </section>
  );
}
