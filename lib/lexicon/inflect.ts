import type { WordNetPos } from "./wordnet-files";

/**
 * Puts `replacement` (a base form) in the inflection `written` shows over its own base
 * form `lemma`: "harvests"/"harvest" + "crop" → "crops"; "rising"/"rise" + "climb" →
 * "climbing". Regular English endings only; a written word in its base form returns the
 * replacement as it is.
 */
export function inflectLike(written: string, lemma: string, replacement: string, pos: WordNetPos): string {
  if (written === lemma) return replacement;
  const stem = replacement.endsWith("e") && !replacement.endsWith("ee") ? replacement.slice(0, -1) : replacement;
  if (pos === "verb" && written.endsWith("ing")) return `${stem}ing`;
  if (pos === "verb" && written.endsWith("ed")) return `${stem}ed`;
  if (written.endsWith("s")) {
    if (/(s|x|z|ch|sh)$/.test(replacement)) return `${replacement}es`;
    return /[^aeiou]y$/.test(replacement) ? `${replacement.slice(0, -1)}ies` : `${replacement}s`;
  }
  return replacement;
}
