"use client";

import type { DiffView } from "./row-diff";

export type ViewSettings = DiffView & { collapseUnchanged: boolean };

export const DEFAULT_VIEW: ViewSettings = {
  ignoreCase: false,
  ignorePunctuation: false,
  ignoreWhitespace: true,
  collapseUnchanged: false,
};

const OPTIONS: { key: keyof ViewSettings; label: string; hint: string }[] = [
  { key: "ignoreCase", label: "Ignore case", hint: "“Said” and “said” count as the same word." },
  { key: "ignorePunctuation", label: "Ignore punctuation", hint: "Commas, quotes and full stops are not marked." },
  { key: "ignoreWhitespace", label: "Ignore spacing", hint: "Changes of spaces and line breaks alone are not marked." },
  { key: "collapseUnchanged", label: "Fold unchanged sentences", hint: "Runs of identical sentences shrink to one line." },
];

/** Checkboxes that change how the review is drawn; none of them re-runs the analysis. */
export function ViewOptions({ view, onChange, hasOriginal }: { view: ViewSettings; onChange: (view: ViewSettings) => void; hasOriginal: boolean }) {
  if (!hasOriginal) return null;
  return (
    <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1">
      <legend className="sr-only">View options</legend>
      {OPTIONS.map((option) => (
        <label key={option.key} className="flex items-center gap-1.5 text-sm" title={option.hint}>
          <input
            type="checkbox"
            className="size-4 accent-accent"
            checked={view[option.key]}
            onChange={(event) => onChange({ ...view, [option.key]: event.currentTarget.checked })}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
