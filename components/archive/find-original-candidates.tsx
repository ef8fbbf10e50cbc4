import Link from "next/link";
import { compareWithArchiveAction } from "@/app/archive/actions";
import type { Candidate } from "@/lib/archive/types";
import { Button } from "@/components/ui/button";

export type FindOriginalCandidatesProps = { resultId: string; candidates: Candidate[] };

const list = (label: string, items: string[]) =>
  items.length > 0 && (
    <div>
      <dt className="inline font-medium">{label}: </dt>
      <dd className="inline">{items.join(", ")}</dd>
    </div>
  );

/**
 * The archive articles this suspect was most likely spun from, best first: title, date,
 * score and what survived the spinning, each with "Compare with this".
 */
export function FindOriginalCandidates({ resultId, candidates }: FindOriginalCandidatesProps) {
  return (
    <section aria-labelledby="candidates-heading" className="mx-auto mt-4 max-w-7xl px-4 sm:px-6">
      <div className="rounded-md border border-line bg-surface p-4">
        <h2 id="candidates-heading" className="text-lg font-semibold">Possible originals in the archive</h2>
        {candidates.length === 0 ? (
          <p className="mt-1 text-sm text-muted">No article in the archive shares enough names, numbers, quotations or rare words with this suspect to be its source.</p>
        ) : (
          <ol className="mt-2 space-y-3" aria-label="Candidates, best first">
            {candidates.map((c) => (
              <li key={c.id} className="border-t border-line-soft pt-3 first:border-0 first:pt-0" aria-label={c.title}>
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <div>
                    <Link href={`/archive/${c.id}`} className="font-medium">{c.title}</Link>
                    <span className="ml-2 text-sm text-muted">{c.published ?? "no date"}</span>
                  </div>
                  <span className="text-sm tabular-nums" aria-label={`match score ${Math.round(c.score * 100)} percent`}>match {Math.round(c.score * 100)}%</span>
                </div>
                <dl className="mt-1 text-sm text-muted">
                  {list("Shared names", c.evidence.names)}
                  {list("Numbers", c.evidence.numbers)}
                  {list("Quotations", c.evidence.quotations.map((q) => `“${q.length > 80 ? `${q.slice(0, 80)}…` : q}”`))}
                  {list("Rare words", c.evidence.rareWords)}
                </dl>
                <form action={compareWithArchiveAction} className="mt-2">
                  <input type="hidden" name="resultId" value={resultId} />
                  <input type="hidden" name="articleId" value={c.id} />
                  <input type="hidden" name="score" value={c.score} />
                  <Button type="submit" variant="secondary" aria-label={`Compare with “${c.title}”`}>Compare with this</Button>
                </form>
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
