import type { PairContext } from "./compared/context";
import type { Finding } from "../types";
import { RULES } from "./registry";
import { resolveOverlaps, type RankedFinding } from "./resolve";
import type { TextContext } from "./rule";

/** The most findings one rule reports for a text: more is not prose (a table, "a- a- a-" noise) and would bury the rest. */
const MAX_FINDINGS_PER_RULE = 300;

export type RuleRun = {
  /** One context per aligned group; empty without an original. */
  pairs: PairContext[];
  /** The suspect, for the rules that judge it on its own. */
  text: TextContext;
  /** False outside English: only the rules that hold in any language run. */
  english: boolean;
  /**
   * Whether the original backs a text rule's finding: false only for a finding inside a
   * paired suspect sentence whose suggestion the original does not contain. Always true
   * without an original.
   */
  supported?: (finding: Finding) => boolean;
  /** Extra findings to resolve with the rest (one-sided sentences), ranked after every rule. */
  structural?: Finding[];
};

/**
 * Runs every registered rule and settles overlaps once (resolve.ts). A text rule's finding
 * on wording the original shares is dropped: the original says it too.
 */
export function runRules({ pairs, text, english, structural = [], supported = () => true }: RuleRun): Finding[] {
  const candidates: RankedFinding[] = [];
  const judgedByPairRules: Finding[] = [];
  RULES.forEach((rule, rank) => {
    if (!english && rule.languages !== "any") return;
    if (rule.scope === "pair") {
      for (const pair of pairs) {
        for (const finding of rule.detect(pair)) {
          candidates.push({ finding, rule: rank });
          judgedByPairRules.push(finding);
        }
      }
    } else {
      for (const finding of rule.detect(text).slice(0, MAX_FINDINGS_PER_RULE)) {
        if (finding.suspect && text.isSettled(finding.suspect)) continue;
        if (rule.needsSupportWhenCompared && !supported(finding)) continue;
        if (rule.yieldsToPairRules && judgedByPairRules.some((judged) => overlap(judged, finding))) continue;
        candidates.push({ finding, rule: rank });
      }
    }
  });
  for (const finding of structural) candidates.push({ finding, rule: RULES.length });
  return resolveOverlaps(candidates);
}

const overlap = (a: Finding, b: Finding) => !!a.suspect && !!b.suspect && a.suspect.start < b.suspect.end && b.suspect.start < a.suspect.end;
