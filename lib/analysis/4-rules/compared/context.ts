import type { DiffPart } from "../../3-diff/diff";
import type { Hunk } from "../../3-diff/hunks";
import type { Token } from "../../1-segment/tokens";
import type { Doc, Finding, Span } from "../../types";

/** Everything a compared rule may look at for one aligned group of sentences. */
export type PairContext = {
  original: Doc;
  suspect: Doc;
  /** The group's extent in each text (first sentence start to last sentence end). */
  originalSpan: Span;
  suspectSpan: Span;
  /** Both sides are headlines in capitals or title case, where a capital marks no name (diffed without case). */
  headline: boolean;
  parts: DiffPart[];
  hunks: Hunk[];
  /** Quotations of each whole text (inner spans). */
  originalQuotes: Span[];
  suspectQuotes: Span[];
  /** True when the original contains these lower-case words in a row: what the story already names. */
  originalHasPhrase: (words: string[]) => boolean;
};

/** A compared rule: looks at one aligned group, returns its findings. */
export type PairRule = (context: PairContext) => Finding[];

/** Trims whitespace from both ends of a span of `text`. */
export function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  return { start, end };
}

/** Quotes a snippet for a message, shortened so a message stays one readable sentence. */
export function quoted(text: string): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return `“${clean.length > 80 ? `${clean.slice(0, 77)}…` : clean}”`;
}

/** Words as written, one space apart: how a message quotes a run of tokens. */
export const textOf = (tokens: Token[]): string => tokens.map((t) => t.text).join(" ");
