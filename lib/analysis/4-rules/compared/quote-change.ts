import { quotationAt } from "../../1-segment/quotes";
import { tokenize } from "../../1-segment/tokens";
import type { Finding, Span } from "../../types";
import { trimmed, type PairContext } from "./context";

/**
 * Words inside quotation marks must match the source word for word. One finding per
 * suspect quotation whose words differ (punctuation and letter case inside a quote are
 * left alone: house styles change them honestly), suggesting the original quotation.
 */
export function findQuoteChanges(context: PairContext): Finding[] {
  const changed = new Map<Span, Span[]>();
  for (const hunk of context.hunks) {
    const addedWords = hunk.added.filter((t) => t.isWord);
    const removedWords = hunk.removed.filter((t) => t.isWord);
    if (addedWords.length === 0 && removedWords.length === 0) continue;
    if (sameWords(addedWords.map((t) => t.norm), removedWords.map((t) => t.norm))) continue;
    const anchor = addedWords[0] ?? hunk.before[hunk.before.length - 1] ?? hunk.after[0];
    if (!anchor) continue;
    const quote = quotationAt(context.suspectQuotes, anchor.start, anchor.end);
    if (!quote) continue;
    // Only words inside quotations count: an attribution that stood between two parts of a
    // quote, moved out so the parts join ("…increase,” said the mayor. “But…" → "The mayor
    // said: “…increase. But…"), leaves the quoted words as they were.
    const quotedAdded = addedWords.filter((t) => t.start >= quote.start && t.end <= quote.end);
    const quotedRemoved = removedWords.filter((t) => quotationAt(context.originalQuotes, t.start, t.end));
    if (sameWords(quotedAdded.map((t) => t.norm), quotedRemoved.map((t) => t.norm))) continue;
    const originals = changed.get(quote) ?? [];
    for (const token of removedWords) {
      const originalQuote = quotationAt(context.originalQuotes, token.start, token.end);
      if (originalQuote && !originals.includes(originalQuote)) originals.push(originalQuote);
    }
    changed.set(quote, originals);
  }
  const findings: Finding[] = [];
  for (const [quote, originals] of changed) {
    if (isFaithfulExcerpt(context, quote)) continue;
    const originalQuote = originals[0] ?? overlappingQuote(context);
    const suspect = trimmed(context.suspect.text, quote);
    const original = originalQuote ? trimmed(context.original.text, originalQuote) : null;
    findings.push({
      kind: "quote-change",
      severity: "high",
      suspect,
      original: original ?? context.originalSpan,
      message: original
        ? "The words inside this quotation differ from the original quote."
        : "This quotation is worded differently from the source sentence, which does not quote it this way.",
      ...(original ? { suggestion: context.original.text.slice(original.start, original.end) } : {}),
    });
  }
  return findings;
}

function sameWords(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((word, i) => word === b[i]);
}

/** The original group's first quotation, when the changed words sat outside any quote there. */
function overlappingQuote(context: PairContext): Span | undefined {
  const { start, end } = context.originalSpan;
  return context.originalQuotes.find((q) => q.start >= start && q.end <= end);
}

/**
 * A quotation that gives part of the speaker's words as they were: its words stand in a row
 * in one of the original group's quotations, or, cut with an ellipsis ("by June …
 * without raising taxes"), each part does, in order. Quoting less is no change.
 */
function isFaithfulExcerpt(context: PairContext, quote: Span): boolean {
  const parts: string[][] = [[]];
  for (const token of tokenize(context.suspect.text, quote.start, quote.end)) {
    if (token.text === "…" || (token.text === "." && context.suspect.text.startsWith("...", token.start))) {
      if (parts[parts.length - 1]!.length) parts.push([]);
    } else if (token.isWord) parts[parts.length - 1]!.push(token.norm);
  }
  const pieces = parts.filter((part) => part.length > 0);
  if (pieces.length === 0) return false;
  const { start, end } = context.originalSpan;
  return context.originalQuotes
    .filter((q) => q.start < end && start < q.end)
    .some((q) => {
      const words = tokenize(context.original.text, q.start, q.end).filter((t) => t.isWord).map((t) => t.norm);
      let from = 0;
      for (const piece of pieces) {
        const at = indexOfRun(words, piece, from);
        if (at === -1) return false;
        from = at + piece.length;
      }
      return true;
    });
}

/** Where `run` starts in `words` at or after `from`, or −1. */
function indexOfRun(words: string[], run: string[], from: number): number {
  for (let i = from; i + run.length <= words.length; i++) if (run.every((word, k) => words[i + k] === word)) return i;
  return -1;
}
