"use client";

import { useEffect, useRef } from "react";

/** Where the form keeps its texts for this tab; sessionStorage dies with the tab, so embargoed text never lingers. */
const DRAFT_KEY = "unspun:draft";

type Draft = { original: string; suspect: string };

export type UseDraftOptions = Draft & { setOriginal: (text: string) => void; setSuspect: (text: string) => void };

function readDraft(): Draft | null {
  try {
    const parsed: unknown = JSON.parse(window.sessionStorage.getItem(DRAFT_KEY) ?? "null");
    if (parsed && typeof parsed === "object" && "original" in parsed && "suspect" in parsed) {
      const { original, suspect } = parsed as Record<string, unknown>;
      if (typeof original === "string" && typeof suspect === "string") return { original, suspect };
    }
  } catch {
    // Storage off (private mode) or a damaged entry: start empty.
  }
  return null;
}

/**
 * Keeps the two fields in this tab's sessionStorage, so Back after Analyze (or a reload)
 * finds the pasted texts where the editor left them. Restores once, on mount, and only into
 * empty fields; a full 200,000-character pair fits well within the ~5 MB storage quota, and
 * a failed write (quota, storage off) only loses the convenience.
 */
export function useDraft({ original, suspect, setOriginal, setSuspect }: UseDraftOptions): void {
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    const draft = readDraft();
    if (!draft || original || suspect) return;
    setOriginal(draft.original);
    setSuspect(draft.suspect);
  }, [original, suspect, setOriginal, setSuspect]);

  const latest = useRef<Draft>({ original, suspect });
  latest.current = { original, suspect };
  useEffect(() => {
    if (!restored.current) return;
    const timer = window.setTimeout(() => writeDraft(latest.current), 300);
    return () => window.clearTimeout(timer);
  }, [original, suspect]);
  // Leaving the page (Analyze redirects to the result) writes whatever the timer had not yet.
  useEffect(() => {
    const flush = () => writeDraft(latest.current);
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      flush();
    };
  }, []);
}

function writeDraft(draft: Draft): void {
  try {
    window.sessionStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
  } catch {
    // Over the quota or storage off: the fields still hold the text.
  }
}
