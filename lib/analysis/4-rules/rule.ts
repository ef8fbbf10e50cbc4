import type { PairContext } from "./compared/context";
import type { Doc, Finding, Span } from "../types";

/** What a rule that judges the suspect on its own may look at. */
export type TextContext = {
  text: string;
  sentences: Span[];
  /**
   * True for wording the original shares (unchanged in the diff): its findings would be
   * dropped anyway, so a costly rule may skip it. Always false without an original.
   */
  isSettled: (span: Span) => boolean;
  /** The original, when the suspect is compared with one; null when it is judged alone. */
  original: Doc | null;
  /** True for a suspect span inside a sentence some aligned group covers. */
  isPaired: (span: Span) => boolean;
};

/** Where a rule runs: once per aligned group of sentences, or once on the suspect text. */
export type RuleScope = "pair" | "text";

type ScopeContext = { pair: PairContext; text: TextContext };

/**
 * One rule, one job. Every rule, compared or alone, has this shape and is listed once in
 * `registry.ts`; overlaps between findings are settled in one place (`resolve.ts`).
 */
export type Rule<S extends RuleScope = RuleScope> = S extends RuleScope
  ? {
      /** Kebab-case, for tests and debugging: "garbled-swap". */
      name: string;
      scope: S;
      /** "any" rules hold in every language (quotation marks, numbers); the rest need English. */
      languages: "any" | "english";
      detect: (context: ScopeContext[S]) => Finding[];
      /**
       * With an original, keep a finding of this rule inside a suspect sentence that has a
       * counterpart only when the original supports its suggestion: there the compared rules
       * see the real change, and a guess the original contradicts is noise on an honest rewrite.
       */
      needsSupportWhenCompared?: boolean;
      /** Drop a finding of this rule where a compared rule already judged the same words, at any severity. */
      yieldsToPairRules?: boolean;
    }
  : never;

export type PairRule = Rule<"pair">;
export type TextRule = Rule<"text">;
