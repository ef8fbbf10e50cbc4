import { findEntityChanges } from "./compared/entity-change";
import { findDirectionChanges } from "./compared/direction-change";
import { findRoleSwaps } from "./compared/role-swap";
import { findPersonRoleChanges } from "./compared/person-role-change";
import { findNegationChanges } from "./compared/negation-change";
import { findAntonymChanges } from "./compared/antonym-change";
import { findNumberChanges } from "./compared/number-change";
import { findQuoteChanges } from "./compared/quote-change";
import { findGarbledSwaps, findSynonymSwaps } from "./compared/wording-change";
import { findDenseSwaps } from "./compared/dense-swaps";
import { detectCountryClashes } from "./alone/country-clash";
import { detectBrokenCompounds } from "./alone/hyphen-compounds";
import { detectEchoedCompounds } from "./alone/echoed-compounds";
import { detectImprobablePhrases } from "./alone/improbable-phrases";
import { detectMisfitWords } from "./alone/misfit-words";
import { detectTypography } from "./alone/typography";
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
  { name: "direction-change", scope: "pair", languages: "english", detect: findDirectionChanges },
  { name: "role-swap", scope: "pair", languages: "english", detect: findRoleSwaps },
  { name: "person-role-change", scope: "pair", languages: "english", detect: findPersonRoleChanges },
  { name: "number-change", scope: "pair", languages: "any", detect: findNumberChanges },
  { name: "negation-change", scope: "pair", languages: "english", detect: findNegationChanges },
  { name: "antonym-change", scope: "pair", languages: "english", detect: findAntonymChanges },
  { name: "garbled-swap", scope: "pair", languages: "english", detect: findGarbledSwaps },
  { name: "dense-swaps", scope: "pair", languages: "english", detect: findDenseSwaps },
  { name: "synonym-swap", scope: "pair", languages: "english", detect: findSynonymSwaps },
  { name: "typography", scope: "text", languages: "english", detect: ({ text }) => detectTypography(text) },
  { name: "country-clash", scope: "text", languages: "english", detect: ({ text }) => detectCountryClashes(text) },
  { name: "echoed-compound", scope: "text", languages: "english", detect: ({ text, original }) => detectEchoedCompounds(text, original), yieldsToPairRules: true },
  { name: "improbable-phrase", scope: "text", languages: "english", detect: ({ text, sentences, isSettled, isPaired }) => detectImprobablePhrases(text, isSettled, sentences, isPaired), needsSupportWhenCompared: true },
  { name: "misfit-word", scope: "text", languages: "english", detect: ({ text, sentences, isSettled }) => detectMisfitWords(text, sentences, isSettled), needsSupportWhenCompared: true },
  { name: "broken-compound", scope: "text", languages: "english", detect: ({ text }) => detectBrokenCompounds(text) },
];
