"use client";

import { useState, useTransition } from "react";
import { fetchArticleAction } from "@/app/fetch-actions";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { isLink } from "@/lib/fetch/is-link";
import type { LinkPreviewResult } from "./link-preview-result";

export type LinkPreviewProps = {
  /** The field's label, "Original" or "Suspect": names the region and its buttons. */
  label: string;
  /** The field's current text. */
  value: string;
  /** The URL the field's text was fetched from, once the editor confirmed it. */
  sourceUrl: string | null;
  /** The editor confirmed the extracted article: put its text in the field, remember its URL. */
  onUse: (text: string, url: string) => void;
  onForgetSource: () => void;
};

/**
 * Under a field that holds a lone link: "Fetch the article", then what was extracted
 * (title, byline, site, the first lines, the word count) for the editor to confirm with
 * "Use this text" before anything is analysed. Once used, a line says where the text came
 * from (recorded in the result) with a way to drop that record.
 */
export function LinkPreview({ label, value, sourceUrl, onUse, onForgetSource }: LinkPreviewProps) {
  const [result, setResult] = useState<{ link: string; answer: LinkPreviewResult } | null>(null);
  const [pending, startFetch] = useTransition();
  const link = value.trim();

  if (sourceUrl && !isLink(value)) {
    return (
      <p className="text-sm text-muted">
        Text read from <a href={sourceUrl} rel="noreferrer noopener" target="_blank" className="break-all">{sourceUrl}</a>; the result records this link.{" "}
        <Button variant="quiet" onClick={onForgetSource} aria-label={`Do not record the ${label.toLowerCase()} link`}>
          Don&apos;t record the link
        </Button>
      </p>
    );
  }
  if (!isLink(value)) return null;

  const shown = result?.link === link ? result.answer : null;
  const fetchIt = () => startFetch(async () => setResult({ link, answer: await fetchArticleAction(link) }));

  return (
    <section aria-label={`${label} link`} className="flex flex-col gap-3 rounded-md border border-line-soft bg-sunken p-4 text-sm">
      {!shown && (
        <div className="flex flex-wrap items-center gap-3">
          <p>This is a link. Unspun can read the article on that page; you check what it found before analysing.</p>
          <Button onClick={fetchIt} disabled={pending} aria-label={`Fetch the ${label.toLowerCase()} article`}>
            {pending ? (
              <>
                <Spinner /> Fetching…
              </>
            ) : (
              "Fetch the article"
            )}
          </Button>
        </div>
      )}
      {shown && !shown.ok && (
        <div role="alert" aria-label={`${label} link could not be read`} className="text-danger">
          <p className="font-semibold">The link could not be read.</p>
          <p>{shown.error}</p>
        </div>
      )}
      {shown?.ok && (
        <>
          <div>
            <p className="text-base font-semibold">{shown.article.title ?? "Untitled page"}</p>
            <p className="text-muted">
              {[shown.article.byline, shown.article.siteName, `${shown.article.words.toLocaleString("en-US")} words`].filter(Boolean).join(" · ")}
            </p>
            <p className="break-all text-xs text-muted">{shown.article.url}</p>
          </div>
          <blockquote className="border-l-2 border-line pl-3 whitespace-pre-line">{shown.article.preview}…</blockquote>
          <div className="flex flex-wrap gap-3">
            <Button variant="primary" onClick={() => onUse(shown.article.text, shown.article.url)} aria-label={`Use this text as the ${label.toLowerCase()}`}>
              Use this text
            </Button>
            <Button onClick={() => setResult(null)}>Cancel</Button>
          </div>
        </>
      )}
    </section>
  );
}
