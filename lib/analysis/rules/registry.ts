import { findEntityChanges } from "../classify/entity-change";
import { findNegationChanges } from "../classify/negation-change";
import { findAntonymChanges } from "../classify/antonym-change";
import { findNumberChanges } from "../classify/number-change";
import { findQuoteChanges } from "../classify/quote-change";
import { findGarbledSwaps, findSynonymSwaps } from "../classify/wording-change";
import { findDenseSwaps } from "../classify/dense-swaps";
import { detectCountryClashes } from "../solo/country-clash";
import { detectBrokenCompounds } from "../solo/hyphen-compounds";
import { detectEchoedCompounds } from "../solo/echoed-compounds";
import { detectImprobablePhrases } from "../solo/improbable-phrases";
import { detectTypography } from "../solo/typography";
import type { Rule } from "./rule";

/**
 * Every rule of the engine, strongest claim first: where two findings overlap at one
 * severity, the rule listed earlier stands (see resolve.ts). Compared ("pair") rules run
 * on each aligned group; "text" rules judge the suspect on its own, with or without an
 * original. Pair rules come first: a text rule that yields to them sees what they found.
 */
export const RULES: readonly Rule[] = [
  { name: "quote-change", scope: "pair", languages: "any", detect: findQuoteChanges },
  { name: "entity-change", scope: "pair", languages: "english", detect: findEntityChanges },
  { name: "number-change", scope: "pair", languages: "any", detect: findNumberChanges },
  { name: "negation-change", scope: "pair", languages: "english", detect: findNegationChanges },
  { name: "antonym-change", scope: "pair", languages: "english", detect: findAntonymChanges },
  { name: "garbled-swap", scope: "pair", languages: "english", detect: findGarbledSwaps },
  { name: "dense-swaps", scope: "pair", languages: "english", detect: findDenseSwaps },
  { name: "synonym-swap", scope: "pair", languages: "english", detect: findSynonymSwaps },
  { name: "typography", scope: "text", languages: "english", detect: ({ text }) => detectTypography(text) },
  { name: "country-clash", scope: "text", languages: "english", detect: ({ text }) => detectCountryClashes(text) },
  { name: "echoed-compound", scope: "text", languages: "english", detect: ({ text, original }) => detectEchoedCompounds(text, original), yieldsToPairRules: true },
  { name: "improbable-phrase", scope: "text", languages: "english", detect: ({ text, isSettled }) => detectImprobablePhrases(text, isSettled), needsSupportWhenCompared: true },
  { name: "broken-compound", scope: "text", languages: "english", detect: ({ text }) => detectBrokenCompounds(text) },
];
