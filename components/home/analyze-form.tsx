"use client";

import { useActionState, useEffect, useRef, useState, startTransition, type FormEvent } from "react";
import { analyzeAction } from "@/app/actions";
import { LinkPreview } from "@/components/fetch/link-preview";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { EXAMPLE_PAIR } from "@/lib/example/example-pair";
import { INITIAL_ANALYZE_STATE } from "./analyze-form-state";
import { PendingNotice } from "./pending-notice";
import { TextField } from "./text-field";
import { UnsavedResult } from "./unsaved-result";
import { useDraft } from "./use-draft";

export type AnalyzeFormProps = { maxChars: number };

/**
 * The home form: Original and Suspect fields, Load example, Don't store, Analyze. Fields
 * are controlled so counts update live and a file's text stays editable. Once hydrated, the
 * form is submitted from onSubmit (React then skips its own action handling, including the
 * form reset it does after an action: an editor must never lose pasted text). Before
 * hydration or without JavaScript, `action` posts the same server action and the page
 * comes back with the text echoed in `state.values`.
 */
export function AnalyzeForm({ maxChars }: AnalyzeFormProps) {
  const [state, dispatch, isPending] = useActionState(analyzeAction, INITIAL_ANALYZE_STATE);
  const [original, setOriginal] = useState(state.values.original);
  const [suspect, setSuspect] = useState(state.values.suspect);
  const [dontStore, setDontStore] = useState(state.values.dontStore);
  // Bumped by Load example so each field forgets the name of a file it no longer shows.
  const [exampleLoads, setExampleLoads] = useState(0);
  const formErrorRef = useRef<HTMLDivElement>(null);
  useDraft({ original, suspect, setOriginal, setSuspect });
  // The link each field's text was fetched from (LinkPreview), recorded in the result.
  const [sources, setSources] = useState<{ original: string | null; suspect: string | null }>({ original: null, suspect: null });
  const linkPreview = (field: "original" | "suspect", label: string, value: string, setValue: (text: string) => void) => (
    <LinkPreview
      label={label}
      value={value}
      sourceUrl={value.trim() ? sources[field] : null}
      onUse={(text, url) => {
        setValue(text);
        setSources((all) => ({ ...all, [field]: url }));
      }}
      onForgetSource={() => setSources((all) => ({ ...all, [field]: null }))}
    />
  );

  // After an answer, bring the problem into view: the first invalid field, else the form error.
  useEffect(() => {
    if (state.status === "invalid") {
      const field = state.fieldErrors?.suspect ? "suspect" : "original";
      document.getElementById(field)?.focus();
    } else if (state.status === "failed") {
      formErrorRef.current?.focus();
    }
  }, [state]);

  // A field's error stays until the editor changes that field: then it is about old text.
  const fieldError = (field: "original" | "suspect") => {
    if (state.status !== "invalid") return undefined;
    const current = field === "original" ? original : suspect;
    return sameText(current, state.values[field]) ? state.fieldErrors?.[field] : undefined;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isPending) return; // one analysis at a time
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };

  const loadExample = () => {
    const hasOwnText =
      (original.trim() && original !== EXAMPLE_PAIR.original) || (suspect.trim() && suspect !== EXAMPLE_PAIR.suspect);
    if (hasOwnText && !window.confirm("Replace the text in both fields with the example?")) return;
    setOriginal(EXAMPLE_PAIR.original);
    setSuspect(EXAMPLE_PAIR.suspect);
    setSources({ original: null, suspect: null });
    setExampleLoads((n) => n + 1);
  };

  return (
    <>
      <div className="mx-auto max-w-7xl px-4 pt-6 pb-8 sm:px-6">
        <form action={dispatch} onSubmit={onSubmit} aria-busy={isPending} aria-describedby="form-purpose" noValidate className="flex flex-col gap-6">
          <p id="form-purpose" className="sr-only">
            Paste or open the original article and the suspected rewrite, then analyze.
          </p>
          <div className="grid gap-6 lg:grid-cols-2">
            <div className="flex flex-col gap-3">
            <TextField
              key={`original-${exampleLoads}`}
              name="original"
              label="Original"
              badge="optional"
              hint="The article as first published. Leave it empty to judge the suspect on its own."
              value={original}
              onChange={setOriginal}
              maxChars={maxChars}
              error={fieldError("original")}
            />
            {linkPreview("original", "Original", original, setOriginal)}
            </div>
            <div className="flex flex-col gap-3">
            <TextField
              key={`suspect-${exampleLoads}`}
              name="suspect"
              label="Suspect"
              hint="The copy you suspect was machine-rewritten."
              value={suspect}
              onChange={setSuspect}
              maxChars={maxChars}
              error={fieldError("suspect")}
            />
            {linkPreview("suspect", "Suspect", suspect, setSuspect)}
            </div>
          </div>

          {sources.original && original.trim() && <input type="hidden" name="originalUrl" value={sources.original} />}
          {sources.suspect && suspect.trim() && <input type="hidden" name="suspectUrl" value={sources.suspect} />}

          {state.status === "failed" && state.formError && (
            <div
              ref={formErrorRef}
              tabIndex={-1}
              role="alert"
              aria-labelledby="form-error-title form-error-text"
              className="rounded-md border border-danger bg-danger-soft px-4 py-3 text-sm text-danger"
            >
              <p id="form-error-title" className="font-semibold">
                The analysis did not run.
              </p>
              <p id="form-error-text">{state.formError}</p>
            </div>
          )}

          <div className="flex flex-col gap-4 border-t border-line-soft pt-5 sm:flex-row sm:items-center sm:justify-between">
            <div className="flex flex-col gap-1">
              <label className="flex items-center gap-2 text-sm font-medium">
                <input
                  type="checkbox"
                  name="dontStore"
                  checked={dontStore}
                  onChange={(event) => setDontStore(event.target.checked)}
                  aria-describedby="dont-store-hint"
                  className="size-4 accent-[var(--accent)]"
                />
                {"Don't store"}
              </label>
              <p id="dont-store-hint" className="text-sm text-muted sm:pl-6">
                Analyze without saving and without a share link: for embargoed text.
              </p>
            </div>
            <div className="flex flex-wrap items-center gap-3">
              <Button onClick={loadExample} disabled={isPending}>
                Load example
              </Button>
              <Button type="submit" variant="primary" disabled={isPending} className="min-w-32 px-6 py-2.5 text-base">
                {isPending ? (
                  <>
                    <Spinner /> Analyzing…
                  </>
                ) : (
                  "Analyze"
                )}
              </Button>
            </div>
          </div>
          <PendingNotice pending={isPending} words={isPending ? countWordsRough(original) + countWordsRough(suspect) : 0} />
        </form>
      </div>

      {state.status === "done" && state.analysis && <UnsavedResult analysis={state.analysis} />}
    </>
  );
}

/** Equal as the editor sees them: a posted field may come back with CRLF line breaks. */
function sameText(a: string, b: string): boolean {
  return a === b || a.replace(/\r\n?/g, "\n") === b.replace(/\r\n?/g, "\n");
}

/** Cheap whitespace word count for the wait estimate; the fields show the exact count. */
function countWordsRough(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
