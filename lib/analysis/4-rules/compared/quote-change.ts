import { quotationAt } from "../../1-segment/quotes";
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
