import type { ReactNode } from "react";
import type { Finding, Span } from "@/lib/analysis/browser";
import { describeFinding, findingDescriptionId, findingElementId } from "./finding-text";
import { segmentSentence, type ChangeMark, type FindingMark, type Piece } from "./segments";

export type CellTextProps = {
  text: string;
  sentences: Span[];
  changes: ChangeMark[];
  /** Disjoint finding spans (see resolveOverlaps). */
  marks: FindingMark[];
  findings: Finding[];
  /** The suspect side carries the focusable highlights; the original side shows counterparts. */
  side: "suspect" | "original";
};

function renderPiece(text: string, piece: Piece, key: number): ReactNode {
  const words = text.slice(piece.start, piece.end);
  if (piece.change === "removed") return <del key={key}>{words}</del>;
  if (piece.change === "added") return <ins key={key}>{words}</ins>;
  if (piece.change === "shared") {
    return (
      <span key={key} className="shared-wording">
        {words}
      </span>
    );
  }
  if (piece.change === "space") {
    return (
      <span key={key} className="space-change" title="Spacing changed">
        {words}
      </span>
    );
  }
  return words;
}

/**
 * The sentences of one cell with their word-level changes and finding highlights. Pasted
 * text is only ever rendered as React text nodes. On the suspect side each finding is a
 * focusable <mark> described by its message; a finding cut by a sentence boundary keeps
 * its id on the first part only.
 */
export function CellText({ text, sentences, changes, marks, findings, side }: CellTextProps) {
  const seen = new Set<number>();
  const out: ReactNode[] = [];
  sentences.forEach((span, s) => {
    if (s > 0) out.push(" ");
    segmentSentence(span, changes, marks).forEach((segment, k) => {
      const key = `${s}-${k}`;
      const pieces = segment.pieces.map((piece, p) => renderPiece(text, piece, p));
      const finding = segment.finding === null ? undefined : findings[segment.finding];
      if (segment.finding === null || !finding) {
        out.push(<span key={key}>{pieces}</span>);
        return;
      }
      const index = segment.finding;
      if (side === "original") {
        out.push(
          <span key={key} className="finding-counterpart" data-kind={finding.kind} data-counterpart={index}>
            {pieces}
          </span>,
        );
        return;
      }
      const first = !seen.has(index);
      seen.add(index);
      out.push(
        <mark
          key={key}
          id={first ? findingElementId(index) : undefined}
          tabIndex={first ? 0 : undefined}
          aria-describedby={first ? findingDescriptionId(index) : undefined}
          className="finding-mark"
          data-kind={finding.kind}
          data-finding={index}
          data-note={first ? describeFinding(finding) : undefined}
          data-glyph={first ? "" : undefined}
        >
          {pieces}
        </mark>,
      );
    });
  });
  return <>{out}</>;
}
