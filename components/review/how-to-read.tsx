"use client";

import { useEffect, useState } from "react";
import { FINDING_KINDS, SEVERITIES } from "@/lib/analysis/browser";
import { KIND_HINTS, KIND_LABELS, SEVERITY_LABELS } from "@/lib/report/labels";
import { KIND_ICONS } from "./kinds";

/** Remembered per browser: a reader who dismissed the guide once does not need it on every review. */
const DISMISSED_KEY = "unspun:how-to-read-dismissed";

const SEVERITY_HINTS: Record<(typeof SEVERITIES)[number], string> = {
  high: "a change of fact: a name, number, quote or statement that now says something else.",
  medium: "a garbled phrase: wording a spinner replaced word by word.",
  low: "honest wording and sentences added or dropped: worth a glance, rarely wrong.",
};

/**
 * The first-visit guide above a review: what each kind, each severity and the row labels
 * mean. Shown until dismissed (remembered in localStorage); "How to read this review" in the
 * toolbar brings it back. Rendered after hydration only, so server and browser agree.
 */
export function HowToRead({
  open,
  onOpenChange,
  hasOriginal,
}: {
  open: boolean | null;
  onOpenChange: (open: boolean) => void;
  /** Judged alone there are no rows to pair and nothing can be "not in the original" or left out. */
  hasOriginal: boolean;
}) {
  if (!open) return null;
  const dismiss = () => {
    try {
      window.localStorage.setItem(DISMISSED_KEY, "1");
    } catch {
      // Storage off: it is dismissed for this page only.
    }
    onOpenChange(false);
  };
  return (
    <section aria-labelledby="how-to-read-title" className="review-no-print rounded border border-line bg-surface p-4">
      <div className="flex items-start justify-between gap-3">
        <h2 id="how-to-read-title" className="text-lg font-semibold">
          How to read this review
        </h2>
        <button type="button" onClick={dismiss} className="rounded border border-line px-3 py-1 text-sm font-semibold hover:bg-sunken">
          Got it, hide this
        </button>
      </div>
      <div className="mt-2 grid gap-4 text-sm md:grid-cols-2 lg:grid-cols-3">
        {hasOriginal && (
        <div>
          <h3 className="font-semibold">Rows</h3>
          <p className="mt-1">Each row is one sentence of the suspect (right) beside the original sentence it matches (left).</p>
          <dl className="mt-1 flex flex-col gap-1">
            <div><dt className="inline font-semibold">Reworded: </dt><dd className="inline">the sentence says the same thing in other words. What both keep (names, numbers, phrases) is underlined in blue; “Show word changes” strikes and adds word by word.</dd></div>
            <div><dt className="inline font-semibold">Minor changes: </dt><dd className="inline">a word or two differ: <del>removed</del> and <ins>added</ins> words are marked.</dd></div>
            <div><dt className="inline font-semibold">Not in the original: </dt><dd className="inline">a statement of the suspect that matches no sentence of the original. Check where its claims come from.</dd></div>
            <div><dt className="inline font-semibold">Left out: </dt><dd className="inline">a statement of the original that the suspect drops.</dd></div>
          </dl>
        </div>
        )}
        <div>
          <h3 className="font-semibold">Kinds of finding</h3>
          <ul className="mt-1 flex flex-col gap-1">
            {FINDING_KINDS.filter((kind) => hasOriginal || (kind !== "unsupported" && kind !== "omitted")).map((kind) => (
              <li key={kind}>
                <span className="kind-swatch rounded px-1 font-semibold" data-kind={kind}>
                  <span aria-hidden="true" className="kind-glyph select-none">{KIND_ICONS[kind]}</span>
                  {KIND_LABELS[kind]}
                </span>{" "}
                {KIND_HINTS[kind]}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3 className="font-semibold">Severity</h3>
          <ul className="mt-1 flex flex-col gap-1">
            {SEVERITIES.map((severity) => (
              <li key={severity}>
                <span className="font-semibold">{SEVERITY_LABELS[severity]}:</span> {SEVERITY_HINTS[severity]}
              </li>
            ))}
          </ul>
          <p className="mt-2 text-muted">Synonym swaps are hidden until you tick them in the findings panel. Every finding is a lead to verify, not a verdict.</p>
        </div>
      </div>
    </section>
  );
}

/** Whether the guide is open: null until hydrated, then true unless this browser dismissed it. */
export function useHowToRead(): [boolean | null, (open: boolean) => void] {
  const [open, setOpen] = useState<boolean | null>(null);
  useEffect(() => {
    let dismissed = false;
    try {
      dismissed = window.localStorage.getItem(DISMISSED_KEY) === "1";
    } catch {
      // Storage off: show it.
    }
    setOpen(!dismissed);
  }, []);
  return [open, setOpen];
}
