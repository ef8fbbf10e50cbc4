"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import { watchAction } from "@/app/watch/actions";
import { TextField } from "@/components/home/text-field";
import { Button, buttonClasses } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { ACCEPTED_FILE_TYPES, ACCEPTED_FORMATS_LABEL } from "@/lib/input/file-kind";
import { MAX_WATCH_COPIES } from "@/lib/watch/watch-request";
import { INITIAL_WATCH_STATE } from "./watch-form-state";
import { useLastWatch } from "./use-last-watch";
import { WatchTable } from "./watch-table";

export type WatchFormProps = { maxChars: number };

/** Under the 8 MB server-action body limit (next.config.js), with room for the form's own fields. */
const MAX_FORM_BYTES = 7 * 1024 * 1024;

/**
 * The watch form: one original (pasted, opened or a link) and the copies to compare with
 * it, as files, pasted texts and links; then the ranked table, which survives a reload of
 * the tab (useLastWatch). Submitted from onSubmit
 * like the home form, so React never resets the fields after the action.
 */
export function WatchForm({ maxChars }: WatchFormProps) {
  const [state, dispatch, isPending] = useActionState(watchAction, INITIAL_WATCH_STATE);
  const [original, setOriginal] = useState("");
  const [pasted, setPasted] = useState<string[]>([""]);
  const [links, setLinks] = useState("");
  const [fileNames, setFileNames] = useState<string[]>([]);
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const rows = useLastWatch(state);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isPending) return;
    const data = new FormData(event.currentTarget);
    // An empty file input adds a nameless empty file: send only files the editor chose.
    const files = data.getAll("files").filter((file) => typeof file !== "string" && file.name);
    data.delete("files");
    for (const file of files) data.append("files", file);
    // The server takes 8 MB a form (next.config.js): say so here instead of failing there.
    const bytes = files.reduce((sum, file) => sum + (typeof file === "string" ? 0 : file.size), 0) + new Blob([original, links, ...pasted]).size;
    if (bytes > MAX_FORM_BYTES) {
      setTooLarge(`These copies are ${(bytes / 1024 / 1024).toFixed(1)} MB together, more than one watch can send (${MAX_FORM_BYTES / 1024 / 1024} MB): split them into several watches.`);
      return;
    }
    setTooLarge(null);
    startTransition(() => dispatch(data));
  };

  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-8 px-4 pt-6 pb-8 sm:px-6">
      <form action={dispatch} onSubmit={onSubmit} aria-busy={isPending} noValidate className="flex flex-col gap-6">
        <TextField
          name="original"
          label="Original"
          hint="The article as first published, or a link to it. Every copy is compared with it."
          value={original}
          onChange={setOriginal}
          maxChars={maxChars}
        />
        <fieldset className="flex flex-col gap-5 rounded-md border border-line-soft p-4">
          <legend className="px-1 text-base font-semibold">Copies (up to {MAX_WATCH_COPIES})</legend>
          <div className="flex flex-col gap-2">
            <label htmlFor="files" className="text-sm font-medium">
              Copy files
            </label>
            <input
              id="files"
              name="files"
              type="file"
              multiple
              accept={ACCEPTED_FILE_TYPES}
              onChange={(event) => setFileNames(Array.from(event.target.files ?? [], (file) => file.name))}
              aria-describedby="files-hint"
              className={`${buttonClasses()} w-fit`}
            />
            <p id="files-hint" className="text-sm text-muted">
              {fileNames.length ? `${fileNames.length} chosen: ${fileNames.join(", ")}` : `Several at once: ${ACCEPTED_FORMATS_LABEL}.`}
            </p>
          </div>
          <div className="flex flex-col gap-2">
            <label htmlFor="links" className="text-sm font-medium">
              Links to copies
            </label>
            <textarea
              id="links"
              name="links"
              rows={3}
              value={links}
              onChange={(event) => setLinks(event.target.value)}
              placeholder="https://example.com/copied-story"
              aria-describedby="links-hint"
              className="rounded-md border border-line bg-surface px-3 py-2 font-mono text-sm"
            />
            <p id="links-hint" className="text-sm text-muted">
              One link a line. The server reads each page&apos;s article; private network addresses are refused.
            </p>
          </div>
          {pasted.map((text, index) => (
            <div key={index} className="flex flex-col gap-2">
              <label htmlFor={`pasted-${index}`} className="text-sm font-medium">
                Pasted copy {index + 1}
              </label>
              <textarea
                id={`pasted-${index}`}
                name="pasted"
                rows={5}
                value={text}
                onChange={(event) => setPasted((all) => all.map((old, i) => (i === index ? event.target.value : old)))}
                className="rounded-md border border-line bg-surface px-3 py-2 text-sm"
              />
            </div>
          ))}
          <Button onClick={() => setPasted((all) => [...all, ""])} disabled={pasted.length >= MAX_WATCH_COPIES} className="w-fit">
            Add a pasted copy
          </Button>
        </fieldset>

        {tooLarge && (
          <div role="alert" aria-label="The watch is too large" className="rounded-md border border-danger bg-danger-soft px-4 py-3 text-sm text-danger">
            {tooLarge}
          </div>
        )}
        {!tooLarge && (state.status === "invalid" || state.status === "failed") && state.error && (
          <div role="alert" aria-labelledby="watch-error-title watch-error-text" className="rounded-md border border-danger bg-danger-soft px-4 py-3 text-sm text-danger">
            <p id="watch-error-title" className="font-semibold">
              The watch did not run.
            </p>
            <p id="watch-error-text">{state.error}</p>
          </div>
        )}

        <div className="flex items-center gap-3 border-t border-line-soft pt-5">
          <Button type="submit" variant="primary" disabled={isPending} className="min-w-40 px-6 py-2.5 text-base">
            {isPending ? (
              <>
                <Spinner /> Comparing…
              </>
            ) : (
              "Compare all copies"
            )}
          </Button>
          <p className="text-sm text-muted">Each copy is stored as its own review, with its own share link.</p>
        </div>
      </form>

      {rows && <WatchTable rows={rows} />}
    </div>
  );
}
