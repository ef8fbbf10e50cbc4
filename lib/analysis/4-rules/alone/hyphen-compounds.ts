import { wordCount } from "@/lib/lexicon/frequency";
import { association, isSeenPair } from "@/lib/lexicon/phrase-stats";
import { lemmasOf, synonymsOf } from "@/lib/lexicon/wordnet";
import type { Finding } from "../../types";
import { IMPROBABLE_PHRASE_THRESHOLDS } from "./improbable-phrases";

/** Whether WordNet knows the word as a lemma or an inflection of one ("single-spaced", "long-term"). */
const known = (word: string) => lemmasOf(word).length > 0;

/**
 * Whether the n-gram model knows the parts as a pair of words ("top level", "fresh
 * faced") about as well as the compound one swap away ("high level"): then the written
 * compound is English with a hyphen, as reverse spinning judges two words. A swap back
 * that is far more established ("big scale" 0.7 → "large scale" 2.8) is still read as one.
 * (SUBTLEX splits its words at hyphens, so it never vouches for a compound.)
 */
function isEstablishedPair(left: string, right: string, swapped: string): boolean {
  const t = IMPROBABLE_PHRASE_THRESHOLDS;
  const written = association(left, right) ?? -Infinity;
  const [swappedLeft = "", swappedRight = ""] = swapped.split("-");
  const alternative = association(swappedLeft, swappedRight) ?? -Infinity;
  return isSeenPair(left, right) && written >= t.writtenIsFine && alternative - written < t.minGain;
}

/** One-word WordNet synonyms of a compound's part, so that a swapped part can be tried back. */
const partSynonyms = (part: string) => synonymsOf(part).filter((s) => /^[a-z]+$/.test(s) && s !== part);

/**
 * The established compound one synonym swap away from `left-right`, or null: "one-spaced"
 * → "single-spaced" (one/single). Only compounds that neither WordNet nor SUBTLEX's 51
 * million subtitle words know are tried, so an honest coinage ("three-judge", "four-unit",
 * "shallow-water") stays quiet unless its swap lands on a lemma, which numbers and
 * everyday nouns rarely do.
 */
function establishedCompound(left: string, right: string): string | null {
  const whole = `${left}-${right}`;
  if (known(whole)) return null;
  const swapped = partSynonyms(left).map((s) => `${s}-${right}`).find(known) ?? partSynonyms(right).map((s) => `${left}-${s}`).find(known);
  if (!swapped || isEstablishedPair(left, right, swapped)) return null;
  // SUBTLEX last: its table loads on first use (~100 ms), and most compounds stop earlier.
  return wordCount(whole) === 0 ? swapped : null;
}

/**
 * Hyphenated compounds a thesaurus broke: a compound is a fixed expression, so a part
 * swapped for a synonym ("one-spaced" for "single-spaced") gives a word no dictionary or
 * corpus has, while the swap back gives one WordNet lists. Lower-case compounds of two
 * parts only (names and longer chains are left alone). Severity medium; the suggestion is
 * the established compound.
 */
export function detectBrokenCompounds(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}'’-])([a-z]{2,})-([a-z]{2,})(?![\p{L}\p{N}'’-])/gu)) {
    const [whole, left = "", right = ""] = m;
    const suggestion = establishedCompound(left, right);
    if (!suggestion) continue;
    findings.push({
      kind: "garbled-phrase",
      severity: "medium",
      suspect: { start: m.index, end: m.index + whole.length },
      original: null,
      message: `"${whole}" is not an English compound; a part looks swapped for a synonym, as in the established "${suggestion}".`,
      suggestion,
    });
  }
  return findings;
}
