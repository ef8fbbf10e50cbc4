import { diffTokens, type DiffPart } from "./diff";
import type { Token } from "../1-segment/tokens";

/** A run of change between two unchanged stretches: what was removed and what replaced it. */
export type Hunk = {
  removed: Token[];
  added: Token[];
  /** The unchanged words just before and after, for judging fixed expressions. */
  before: Token[];
  after: Token[];
};

/** How many unchanged tokens of context a hunk keeps on each side. */
const CONTEXT_TOKENS = 2;

/**
 * Groups a word diff into hunks: each maximal run of removed and added parts, with the
 * unchanged tokens around it. A diff with no change gives no hunks.
 */
export function buildHunks(parts: DiffPart[]): Hunk[] {
  const hunks: Hunk[] = [];
  let current: Hunk | null = null;
  let lastSame: Token[] = [];
  for (const part of parts) {
    if (part.op === "same") {
      if (current) {
        current.after = part.suspect.slice(0, CONTEXT_TOKENS);
        hunks.push(current);
        current = null;
      }
      lastSame = part.suspect;
      continue;
    }
    current ??= { removed: [], added: [], before: lastSame.slice(-CONTEXT_TOKENS), after: [] };
    if (part.op === "removed") current.removed.push(...part.original);
    else current.added.push(...part.suspect);
  }
  if (current) hunks.push(current);
  return hunks;
}

/** The words (not punctuation) of a token run. */
export function wordsOf(tokens: Token[]): Token[] {
  return tokens.filter((token) => token.isWord);
}

/** The span a token run covers, or null when it is empty. */
export function spanOf(tokens: Token[]): { start: number; end: number } | null {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  return first && last ? { start: first.start, end: last.end } : null;
}

/** Re-diffing leftovers costs the product of their sizes: skip groups with more (a long merge). */
const MAX_LEFTOVER_TOKENS = 300;

/**
 * Hunks hidden by a move. When a sentence is rebuilt around its names ("A research
 * professor at Korea University, Ban Kil Joo, said" -> "Ban Kil Joo, a studies teacher at
 * Korea University, said"), the first diff keeps the names and reports the rest as a
 * removal here and an addition there. Diffing everything removed against everything
 * added lines the moved phrases up again, so "research professor" meets "studies teacher".
 * Only hunks whose both sides are non-empty are returned.
 */
export function findMovedHunks(hunks: Hunk[]): Hunk[] {
  // A move shows as a removal in one place and an addition in another: without both, the
  // second diff would only find the hunks already there.
  if (!hunks.some((h) => h.added.length === 0) || !hunks.some((h) => h.removed.length === 0)) return [];
  const removed = hunks.flatMap((h) => h.removed);
  const added = hunks.flatMap((h) => h.added);
  if (!removed.length || !added.length || removed.length > MAX_LEFTOVER_TOKENS || added.length > MAX_LEFTOVER_TOKENS) return [];
  return buildHunks(diffTokens(removed, added, { ignoreCase: true })).filter((h) => h.removed.length > 0 && h.added.length > 0);
}
