"use client";

import { useMemo, useRef, useState, type DragEvent } from "react";
import { buttonClasses } from "@/components/ui/button";
import { countCharacters, countWords } from "@/lib/input/count-text";
import { ACCEPTED_FILE_TYPES, ACCEPTED_FORMATS_LABEL } from "@/lib/input/file-kind";
import { cleanPastedText } from "./pasted-html";
import { useFileReader } from "./use-file-reader";

export type TextFieldProps = {
  /** Form field name and element id: "original" or "suspect". */
  name: string;
  label: string;
  /** Shown beside the label, e.g. "optional". */
  badge?: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  maxChars: number;
  /** A validation error from the server, shown beside the field. */
  error?: string;
  disabled?: boolean;
};

/**
 * One article field: a labelled textarea with live word and character counts, and a file
 * picker that doubles as a drop zone (the whole field accepts a dropped file). Errors, from
 * validation or from reading a file, sit right under the field as alerts whose accessible
 * name starts with the field's label, so they are told apart from each other and from
 * Next's route announcer.
 */
export function TextField({ name, label, badge, hint, value, onChange, maxChars, error, disabled }: TextFieldProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  // Set when a paste of HTML source was reduced to its text, so the editor knows why it changed.
  const [pastedHtml, setPastedHtml] = useState(false);
  const file = useFileReader(onChange);

  // Memoised: typing in one field re-renders both, and a 200,000-character count is not free.
  const words = useMemo(() => countWords(value), [value]);
  const chars = countCharacters(value);
  const over = chars > maxChars;
  const ids = {
    label: `${name}-label`,
    hint: `${name}-hint`,
    counts: `${name}-counts`,
    error: `${name}-error`,
    fileError: `${name}-file-error`,
    fileStatus: `${name}-file-status`,
  };
  const describedBy = [ids.hint, ids.counts, error ? ids.error : null, file.error ? ids.fileError : null]
    .filter(Boolean)
    .join(" ");

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (!dropped) return; // dropped text: let the textarea insert it as usual
    event.preventDefault();
    if (!disabled) void file.read(dropped);
  };
  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!Array.from(event.dataTransfer.types).includes("Files")) return;
    event.preventDefault(); // otherwise the browser opens the file in place of the app
    event.dataTransfer.dropEffect = "copy";
    setDragging(true);
  };

  return (
    <div className="flex min-w-0 flex-col gap-2">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div className="flex items-baseline gap-2">
          <label id={ids.label} htmlFor={name} className="text-base font-semibold">
            {label}
          </label>
          {badge && <span className="text-sm text-muted">({badge})</span>}
        </div>
        <div>
          <input
            ref={fileInput}
            id={`${name}-file`}
            type="file"
            accept={ACCEPTED_FILE_TYPES}
            className="sr-only"
            disabled={disabled}
            onChange={(event) => {
              const chosen = event.target.files?.[0];
              if (chosen) void file.read(chosen);
              event.target.value = ""; // choosing the same file again still triggers a read
            }}
          />
          <label htmlFor={`${name}-file`} className={`${buttonClasses("secondary")} cursor-pointer py-1.5`}>
            Open file<span className="sr-only"> for the {label.toLowerCase()}</span>
          </label>
        </div>
      </div>
      <p id={ids.hint} className="text-sm text-muted">
        {hint}
      </p>
      <div
        onDragOver={onDragOver}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`relative rounded-md ${dragging ? "ring-2 ring-accent ring-offset-2 ring-offset-canvas" : ""}`}
      >
        <textarea
          id={name}
          name={name}
          value={value}
          onChange={(event) => {
            onChange(event.target.value);
            setPastedHtml(false);
          }}
          onPaste={(event) => {
            const cleaned = cleanPastedText(event.clipboardData.getData("text/plain"));
            if (cleaned === null) return; // plain text: the browser pastes it as usual
            event.preventDefault();
            const area = event.currentTarget;
            onChange(area.value.slice(0, area.selectionStart) + cleaned + area.value.slice(area.selectionEnd));
            setPastedHtml(true);
          }}
          disabled={disabled}
          aria-describedby={describedBy}
          aria-invalid={error || over ? true : undefined}
          spellCheck={false}
          rows={18}
          placeholder={`Paste the article here, or drop a ${ACCEPTED_FORMATS_LABEL} file.`}
          className={`block h-56 w-full resize-y rounded-md border bg-surface px-3 py-2 font-reading text-[0.95rem] leading-relaxed text-ink placeholder:text-muted sm:h-[22rem] lg:h-[28rem] ${
            error || over ? "border-danger border-2" : "border-line"
          }`}
        />
        {dragging && (
          <div className="pointer-events-none absolute inset-0 flex items-center justify-center rounded-md bg-accent-soft/90 text-sm font-medium text-ink">
            Drop the file to read its text
          </div>
        )}
      </div>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 text-sm">
        <p id={ids.counts} className={over ? "font-medium text-danger" : "text-muted"}>
          {words.toLocaleString("en-US")} {words === 1 ? "word" : "words"} · {chars.toLocaleString("en-US")} /{" "}
          {maxChars.toLocaleString("en-US")} characters{over ? " (over the limit)" : ""}
        </p>
        <p id={ids.fileStatus} className="text-muted" aria-live="polite">
          {file.reading ? "Reading file…" : pastedHtml ? "Pasted HTML: tags removed, paragraphs kept." : file.fileName ? <>From file: <span className="font-medium text-ink">{file.fileName}</span></> : null}
        </p>
      </div>
      {error && <FieldAlert id={ids.error} labelId={ids.label} message={error} />}
      {file.error && <FieldAlert id={ids.fileError} labelId={ids.label} message={file.error} />}
    </div>
  );
}

/** An error beside a field: named "<Label> <message>" via aria-labelledby. */
function FieldAlert({ id, labelId, message }: { id: string; labelId: string; message: string }) {
  return (
    <p
      id={id}
      role="alert"
      aria-labelledby={`${labelId} ${id}`}
      className="rounded-md border border-danger bg-danger-soft px-3 py-2 text-sm font-medium text-danger"
    >
      {message}
    </p>
  );
}
