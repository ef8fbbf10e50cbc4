import type { Finding, Severity } from "../types";
import type { PairContext, PairRule } from "./context";
import { findEntityChanges } from "./entity-change";
import { findNegationChanges } from "./negation-change";
import { findNumberChanges } from "./number-change";
import { findQuoteChanges } from "./quote-change";
import { findWordingChanges } from "./wording-change";

/** Compared rules, strongest claim first: where two overlap, the earlier one stands. */
const RULES: PairRule[] = [findQuoteChanges, findEntityChanges, findNumberChanges, findNegationChanges, findWordingChanges];

/** Rules that hold in any language: quotation marks and numbers mean the same everywhere. */
const LANGUAGE_NEUTRAL_RULES: PairRule[] = [findQuoteChanges, findNumberChanges];

const SEVERITY_RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

/**
 * Runs every compared rule on one aligned group. A finding that overlaps one already kept
 * is dropped, so one changed phrase gets one explanation (a quotation's reworded words
 * are a quote-change, not also garbled phrases); a higher severity wins over rule order.
 */
export function classifyPair(context: PairContext, english = true): Finding[] {
  const kept: Finding[] = [];
  for (const rule of english ? RULES : LANGUAGE_NEUTRAL_RULES) {
    for (const finding of rule(context)) addUnlessCovered(kept, finding);
  }
  return kept.sort((a, b) => (a.suspect?.start ?? 0) - (b.suspect?.start ?? 0));
}

/** Adds `finding` unless a kept finding of at least its severity overlaps it. */
export function addUnlessCovered(kept: Finding[], finding: Finding): void {
  const overlapping = kept.filter((k) => overlaps(k, finding));
  if (overlapping.some((k) => SEVERITY_RANK[k.severity] >= SEVERITY_RANK[finding.severity])) return;
  for (const weaker of overlapping) kept.splice(kept.indexOf(weaker), 1);
  kept.push(finding);
}

function overlaps(a: Finding, b: Finding): boolean {
  if (!a.suspect || !b.suspect) return false;
  return a.suspect.start < b.suspect.end && b.suspect.start < a.suspect.end;
}
