import type { WordNetPos } from "./wordnet-files";

/**
 * Puts `replacement` (a base form) in the inflection `written` shows over its own base
 * form `lemma`: "harvests"/"harvest" + "crop" → "crops"; "rising"/"rise" + "climb" →
 * "climbing". Regular English endings only; a written word in its base form returns the
 * replacement as it is.
 */
export function inflectLike(written: string, lemma: string, replacement: string, pos: WordNetPos): string | null {
  if (written === lemma) return replacement;
  const stem = replacement.endsWith("e") && !replacement.endsWith("ee") ? replacement.slice(0, -1) : replacement;
  if (pos === "verb" && written.endsWith("ing")) return `${stem}ing`;
  if (pos === "verb" && written.endsWith("ed")) return `${stem}ed`;
  // A comparative or superlative ("harder" → "tougher", "biggest" → "largest").
  if (pos === "adj" && /(er|est)$/.test(written) && !lemma.endsWith(written.endsWith("est") ? "est" : "er")) return graded(replacement, written.endsWith("est") ? "est" : "er");
  if (written.endsWith("s")) {
    if (/(s|x|z|ch|sh)$/.test(replacement)) return `${replacement}es`;
    return /[^aeiou]y$/.test(replacement) ? `${replacement.slice(0, -1)}ies` : `${replacement}s`;
  }
  return replacement;
}

/**
 * An adjective with "-er" or "-est": "tough" → "tougher", "large" → "larger", "happy" →
 * "happier", "big" → "bigger". Longer adjectives take "more"/"most" instead, which one
 * word cannot hold: null ("declamatory" has no one-word superlative).
 */
function graded(adjective: string, ending: "er" | "est"): string | null {
  if ((adjective.match(/[aeiouy]+/g) ?? []).length > 2) return null;
  if (adjective.endsWith("e")) return `${adjective.slice(0, -1)}${ending}`;
  if (/[^aeiou]y$/.test(adjective)) return `${adjective.slice(0, -1)}i${ending}`;
  // One syllable ending consonant-vowel-consonant doubles its consonant.
  if (/^[^aeiou]*[aeiou][bdgmnpt]$/.test(adjective)) return `${adjective}${adjective.slice(-1)}${ending}`;
  return `${adjective}${ending}`;
}
