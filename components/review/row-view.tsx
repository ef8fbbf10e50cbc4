import { memo, useMemo, useState, type ReactNode } from "react";
import type { Analysis, Finding } from "@/lib/analysis/browser";
import { KIND_LABELS } from "@/lib/report/labels";
import { CellText } from "./cell-text";
import { describeFinding, findingDescriptionId, findingElementId, rowElementId } from "./finding-text";
import { SENTENCE_KINDS } from "./place-findings";
import { diffRow, sharedWordingOf, type DiffView } from "./row-diff";
import type { Row } from "./rows";
import { resolveOverlaps, type ChangeMark, type FindingMark } from "./segments";

export type RowViewProps = {
  analysis: Analysis;
  row: Row;
  /** How words are compared; the diff is computed here, only for rows that are mounted. */
  view: DiffView;
  /** Visible findings shown in this row, in document order. */
  findings: number[];
  /** False when the suspect is judged on its own: one column. */
  twoColumns: boolean;
};

/**
 * At or above this similarity a changed pair reads as a light edit ("Minor changes"), below
 * it as "Reworded"; set by eye on the shared example, where pairs with one or two swapped
 * words score 0.8–0.95 and rewritten sentences 0.3–0.7.
 */
const MINOR_CHANGE_SIMILARITY = 0.8;

/**
 * Pairs this dissimilar are rewritten sentence by sentence: a word diff strikes nearly every
 * word, so they open on what the two sides share instead. The band is the one editors
 * reported as "walls of red and green" (issue 14), checked on the shared example, whose
 * rewritten pairs score 0.14-0.36; below it a pair is rarely the same statement at all.
 */
export const REWORDED_BAND = { from: 0.15, to: 0.4 };

/** True for a changed pair in the reworded band: shown as shared wording first. */
export function opensAsShared(changed: boolean, similarity: number): boolean {
  return changed && similarity >= REWORDED_BAND.from && similarity < REWORDED_BAND.to;
}

/** How much a pair changed, in the three grades an editor skims by (as Copyleaks grades them). */
function describeChange(changed: boolean, similarity: number): string {
  if (!changed) return "Identical";
  const percent = `${Math.round(Math.min(1, Math.max(0, similarity)) * 100)}% similar`;
  return similarity >= MINOR_CHANGE_SIMILARITY ? `Minor changes · ${percent}` : `Reworded · ${percent}`;
}

/** A sentence-level finding ("not in the original", "left out") as a focusable badge. */
function SentenceBadge({ finding, index }: { finding: Finding; index: number }) {
  return (
    <mark
      id={findingElementId(index)}
      tabIndex={0}
      aria-describedby={findingDescriptionId(index)}
      className="finding-mark mb-1 inline-block rounded px-1.5 font-sans text-xs font-semibold"
      data-kind={finding.kind}
      data-finding={index}
      data-note={describeFinding(finding)}
      data-glyph=""
    >
      {KIND_LABELS[finding.kind]}
    </mark>
  );
}

/**
 * The empty cell beside a one-sided sentence. "Not in the original" and "Left out" mean one
 * thing everywhere: a sentence the engine reported as such (one finding, counted in the
 * summary and the filters). A one-sided sentence without that finding says why instead, so
 * the row never claims a label the counts leave out.
 */
function oneSidedNote(analysis: Analysis, row: Row, kind: "unsupported" | "omitted"): string {
  const doc = kind === "unsupported" ? analysis.suspect : analysis.original;
  const indices = kind === "unsupported" ? row.suspect : row.original;
  const spans = doc ? indices.map((i) => doc.sentences[i]!) : [];
  const inRow = analysis.findings.filter((finding) => {
    const span = kind === "unsupported" ? finding.suspect : finding.original;
    return span !== null && spans.some((s) => span.start >= s.start && span.start < s.end);
  });
  const other = kind === "unsupported" ? "original" : "suspect";
  if (inRow.some((finding) => finding.kind === kind)) return `No counterpart in the ${other}.`;
  if (inRow.length > 0) return `No single matching sentence in the ${other}; its findings are listed instead.`;
  return `No matching sentence in the ${other}; too short to count as a statement (a byline, rule or credit).`;
}

function Cell({ label, children, empty }: { label: string; children: ReactNode; empty?: boolean }) {
  return (
    <div className={`review-cell h-full min-w-0 px-3 py-2 ${empty ? "text-sm italic text-muted" : "font-reading"}`}>
      <span className="mb-0.5 block font-sans text-xs font-semibold uppercase tracking-wide text-muted md:sr-only">{label}</span>
      {children}
    </div>
  );
}

/**
 * One row of the review: an aligned group facing each other (original left, suspect right;
 * on a phone the suspect comes first), a one-sided sentence beside a labelled empty cell,
 * or the pointer left where a moved sentence used to be.
 */
export const RowView = memo(function RowView({ analysis, row, view, findings, twoColumns }: RowViewProps) {
  const { original, suspect } = analysis;
  const diff = useMemo(() => diffRow(analysis, row, view), [analysis, row, view]);
  const reworded = row.type === "pair" && opensAsShared(diff.changed, row.similarity);
  const [showDiff, setShowDiff] = useState(false);
  const sharedMode = reworded && !showDiff;
  const shared = useMemo(() => (sharedMode ? sharedWordingOf(analysis, row) : null), [sharedMode, analysis, row]);
  const sentenceFindings = findings.filter((i) => SENTENCE_KINDS.has(analysis.findings[i]!.kind));
  const wordFindings = findings.filter((i) => !SENTENCE_KINDS.has(analysis.findings[i]!.kind));
  const marksOn = (side: "suspect" | "original"): FindingMark[] =>
    resolveOverlaps(
      wordFindings.flatMap((i) => {
        const finding = analysis.findings[i]!;
        const span = finding[side];
        return span ? [{ start: span.start, end: span.end, finding: i, severity: finding.severity }] : [];
      }),
    );
  const badges = (side: "suspect" | "original") =>
    sentenceFindings
      .filter((i) => (side === "suspect" ? analysis.findings[i]!.suspect : !analysis.findings[i]!.suspect))
      .map((i) => <SentenceBadge key={i} finding={analysis.findings[i]!} index={i} />);

  const suspectBadges = badges("suspect");
  const originalBadges = badges("original");
  const suspectChanges: ChangeMark[] = shared
    ? shared.suspect.map((span) => ({ ...span, change: "shared" as const }))
    : [
        ...diff.added.map((span) => ({ ...span, change: "added" as const })),
        ...diff.spaceSuspect.map((span) => ({ ...span, change: "space" as const })),
      ];
  const originalChanges: ChangeMark[] = shared
    ? shared.original.map((span) => ({ ...span, change: "shared" as const }))
    : [
        ...diff.removed.map((span) => ({ ...span, change: "removed" as const })),
        ...diff.spaceOriginal.map((span) => ({ ...span, change: "space" as const })),
      ];
  const rewordedNote = reworded && (
    <span className="mb-1 flex flex-wrap items-baseline gap-x-2 font-sans text-xs text-muted">
      <span>{sharedMode ? "Reworded: what both sentences share is underlined in blue." : "Reworded: every word change marked."}</span>
      <button type="button" className="review-no-print font-semibold text-accent underline" aria-pressed={showDiff} onClick={() => setShowDiff((on) => !on)}>
        Show word changes
      </button>
    </span>
  );

  const suspectCell =
    row.suspect.length > 0 ? (
      <Cell label="Suspect">
        {row.type === "pair" && (
          <span className="float-right ml-2 mt-0.5 font-sans text-xs text-muted">{describeChange(diff.changed, row.similarity)}</span>
        )}
        {row.type === "pair" && row.moved && (
          <a
            href={`#${rowElementId(`m${row.key}`)}`}
            className="mb-1 mr-2 inline-block rounded border border-line px-1.5 font-sans text-xs font-semibold text-ink"
          >
            <span aria-hidden="true">⇅ </span>Moved: see where it was in the original
          </a>
        )}
        {rewordedNote}
        {suspectBadges}
        {suspectBadges.length > 0 && " "}
        <CellText
          text={suspect.text}
          sentences={row.suspect.map((i) => suspect.sentences[i]!)}
          changes={suspectChanges}
          marks={marksOn("suspect")}
          findings={analysis.findings}
          side="suspect"
        />
      </Cell>
    ) : row.type === "moved-from" ? null : (
      <Cell label="Suspect" empty>
        {oneSidedNote(analysis, row, "omitted")}
      </Cell>
    );

  let originalCell: ReactNode = null;
  if (twoColumns && original) {
    if (row.type === "moved-from") {
      originalCell = (
        <Cell label="Original" empty>
          This sentence moved in the suspect.{" "}
          <a href={`#${rowElementId(row.pairKey)}`} className="font-semibold not-italic text-accent underline">
            Go to where it is now
          </a>
        </Cell>
      );
    } else if (row.original.length > 0) {
      originalCell = (
        <Cell label="Original">
          {originalBadges}
          {originalBadges.length > 0 && " "}
          <CellText
            text={original.text}
            sentences={row.original.map((i) => original.sentences[i]!)}
            changes={originalChanges}
            marks={marksOn("original")}
            findings={analysis.findings}
            side="original"
          />
        </Cell>
      );
    } else {
      originalCell = (
        <Cell label="Original" empty>
          {oneSidedNote(analysis, row, "unsupported")}
        </Cell>
      );
    }
  }

  return (
    <div
      id={rowElementId(row.key)}
      tabIndex={-1}
      data-row-type={row.type}
      className={`review-row flex flex-col border-b border-line-soft ${twoColumns ? "md:grid md:grid-cols-2" : ""}`}
    >
      {/* Phones read the suspect first, its original below; wide screens put the original left. */}
      {originalCell && <div className="order-2 min-w-0 md:order-none md:border-r md:border-line-soft">{originalCell}</div>}
      {suspectCell && <div className="order-1 min-w-0 md:order-none">{suspectCell}</div>}
    </div>
  );
});
