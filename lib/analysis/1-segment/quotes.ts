import type { Span } from "../types";

const QUOTE_MARK = /["“”„«»]/g;

/**
 * Finds quotations: the text between double quote marks, paired in order within each
 * line (a pasted paragraph). Marks are paired by position, not by shape, because spun text turns them
 * around (`said,” The Ukraine conflict…”`). A paragraph with an odd mark out leaves the
 * last one unpaired. Returns inner spans (without the marks), in order.
 */
export function findQuotations(text: string): Span[] {
  const quotations: Span[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    const marks = [...line[0].matchAll(QUOTE_MARK)].map((m) => line.index + m.index);
    for (let i = 0; i + 1 < marks.length; i += 2) {
      quotations.push({ start: (marks[i] ?? 0) + 1, end: marks[i + 1] ?? 0 });
    }
  }
  return quotations;
}

/** The quotation that contains [start, end), if any; `quotations` in order, as findQuotations gives them. */
export function quotationAt(quotations: Span[], start: number, end: number): Span | undefined {
  let low = 0;
  let high = quotations.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (quotations[middle]!.end < end) low = middle + 1;
    else high = middle;
  }
  const candidate = quotations[low];
  return candidate && start >= candidate.start && end <= candidate.end ? candidate : undefined;
}
