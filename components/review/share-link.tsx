"use client";

import { useEffect, useRef, useState } from "react";

/** How long "Copied" stays before the button reads "Copy link" again. */
const CONFIRM_MS = 2500;

/**
 * The share link: a Copy link button (with a visible, announced "Copied") and the link in
 * a read-only field beside it, selected on focus, for when the clipboard is not available.
 */
export function ShareLink({ url }: { url: string }) {
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  const field = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(url);
      setStatus("copied");
      timer.current = setTimeout(() => setStatus("idle"), CONFIRM_MS);
    } catch {
      // No clipboard (an insecure origin, a denied permission): select the field instead.
      setStatus("failed");
      field.current?.focus();
      field.current?.select();
    }
  }

  return (
    <div className="flex min-w-0 flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={() => void copy()}
        className="rounded bg-accent px-3 py-1.5 text-sm font-semibold text-on-accent hover:bg-accent-hover"
      >
        {status === "copied" ? "Copied ✓" : "Copy link"}
      </button>
      <label className="flex min-w-0 flex-1 basis-56 items-center gap-2 text-sm">
        <span className="shrink-0 text-muted">Share link</span>
        <input
          ref={field}
          type="text"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className="w-full min-w-0 rounded border border-line bg-surface px-2 py-1 font-mono text-xs text-ink"
        />
      </label>
      <p role="status" className="w-full text-sm text-muted empty:hidden">
        {status === "copied" ? "Link copied to the clipboard." : status === "failed" ? "Copying is blocked here: the link is selected, press Ctrl+C (⌘C) to copy it." : ""}
      </p>
    </div>
  );
}
