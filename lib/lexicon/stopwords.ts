import { FUNCTION_WORDS } from "./function-words";

/**
 * Words that are never one half of a collocation worth checking, and that the gloss-bigram
 * table drops: the closed-class FUNCTION_WORDS plus quantifiers, pronoun forms and
 * post-determiners ("the following year", "the next day") that list leaves out. Closed
 * classes only, so nothing here needs tuning.
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  ..."another any anything everything nothing something anyone everyone someone nobody one ones oneself several many few less least etc ie eg vs among amongst across along around behind beside besides beyond despite except inside like near onto outside unlike unto whereby wherein whereupon s t next following previous last first second third same former latter latest certain given".split(" "),
]);
