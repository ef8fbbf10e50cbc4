"use client";

import { useEffect, useRef } from "react";

const SHORTCUTS: [string[], string][] = [
  [["j", "n"], "Next finding"],
  [["k", "p"], "Previous finding"],
  [["?"], "Show these shortcuts"],
  [["Esc"], "Close this dialog or a finding's explanation"],
  [["Tab"], "Move through highlights and controls"],
];

/** The keyboard shortcuts, in a modal dialog (the browser's own: Esc closes it, focus is trapped). */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby="shortcuts-heading"
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-line bg-surface p-5 text-ink shadow-xl backdrop:bg-black/40"
    >
      <h2 id="shortcuts-heading" className="text-lg font-semibold">
        Keyboard shortcuts
      </h2>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        {SHORTCUTS.map(([keys, action]) => (
          <div key={action} className="contents">
            <dt className="flex gap-1">
              {keys.map((key) => (
                <kbd key={key} className="rounded border border-line bg-sunken px-1.5 font-mono text-xs">
                  {key}
                </kbd>
              ))}
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog" className="mt-4 text-right">
        <button type="submit" className="rounded bg-accent px-3 py-1.5 text-sm font-semibold text-on-accent hover:bg-accent-hover">
          Close
        </button>
      </form>
    </dialog>
  );
}
