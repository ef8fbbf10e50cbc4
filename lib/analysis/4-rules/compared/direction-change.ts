import { isCompassPoint } from "@/lib/lexicon/wordnet";
import type { Token } from "../../1-segment/tokens";
import type { Finding } from "../../types";
import { quoted, type PairContext } from "./context";

/** Hunks with more words than this on a side are rewritten clauses, where a direction may just have moved. */
const MAX_HUNK_WORDS = 4;

/** A direction in lower case ("north", "southern"): capitalised ones are names, entity-change's to judge. */
const isDirection = (t: Token) => t.isWord && /^[a-z]+$/.test(t.text) && isCompassPoint(t.norm);
/** "north" and "northern" point the same way. */
const bearing = (t: Token) => t.norm.replace(/ern$/, "");

/**
 * Rule: a compass direction replaced by another ("south of the river" → "north of the
 * river", "eastern suburbs" → "western suburbs"): the place changed, a fact like a changed
 * name (entity-change, high), whether or not the two are opposites.
 */
export function findDirectionChanges(context: PairContext): Finding[] {
  const findings: Finding[] = [];
  for (const hunk of context.hunks) {
    const removed = hunk.removed.filter((t) => t.isWord);
    const added = hunk.added.filter((t) => t.isWord);
    if (removed.length > MAX_HUNK_WORDS || added.length > MAX_HUNK_WORDS) continue;
    const was = removed.find(isDirection);
    const now = added.find(isDirection);
    if (!was || !now || bearing(was) === bearing(now)) continue;
    findings.push({
      kind: "entity-change",
      severity: "high",
      suspect: { start: now.start, end: now.end },
      original: { start: was.start, end: was.end },
      message: `The original says ${quoted(was.text)} here; the suspect says ${quoted(now.text)}: another direction, so another place.`,
      suggestion: was.text,
    });
  }
  return findings;
}
