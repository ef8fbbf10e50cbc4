import type { Finding, Kind, Severity } from "@/lib/analysis/browser";

/** Which findings the reader has chosen to see. */
export type FindingFilter = { hiddenKinds: ReadonlySet<Kind>; hiddenSeverities: ReadonlySet<Severity> };

/** Honest one-word synonyms are noise to most editors: hidden until asked for. */
export const DEFAULT_FILTER: FindingFilter = { hiddenKinds: new Set<Kind>(["synonym-swap"]), hiddenSeverities: new Set() };

/** True when the finding passes both the kind and the severity filter. */
export function isShown(finding: Finding, filter: FindingFilter): boolean {
  return !filter.hiddenKinds.has(finding.kind) && !filter.hiddenSeverities.has(finding.severity);
}

/** A copy of the set with `value` added or removed. */
export function toggled<T>(set: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}
