import { isSpellingVariant } from "@/lib/lexicon/edit-distance";
import { isSeenPair } from "@/lib/lexicon/phrase-stats";
import { STOPWORDS } from "@/lib/lexicon/stopwords";
import { isWordNetPhrase, wordRelation } from "@/lib/lexicon/wordnet";
import { canBeNoun, isMainlyNoun } from "../compared/word-class";
import type { Doc, Finding } from "../../types";

const WORD = /(?<![\p{L}\p{N}'’-])[a-z]+(?![\p{L}\p{N}'’-])/gu;

type Word = { start: number; end: number; text: string };

/** A determiner right after a word: what starts a verb's object. */
const OBJECT_FOLLOWS = /^ (?:the|a|an|its|their|his|her|our|my|your|this|these|those)\b/;

function plainPairs(text: string, from = 0, to = text.length): [Word, Word][] {
  const words: Word[] = [];
  for (const m of text.slice(from, to).matchAll(WORD)) words.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
  const pairs: [Word, Word][] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i]!, words[i + 1]!];
    if (b.start === a.end + 1 && text[a.end] === " " && !STOPWORDS.has(a.text) && !STOPWORDS.has(b.text)) pairs.push([a, b]);
  }
  return pairs;
}

/**
 * A noun compound of the original reworded in a suspect sentence that has no counterpart
 * ("South Korea's spy agency" → elsewhere, "South Korea's detective agency"): the suspect
 * pairs the original's head noun with a modifier that is a thesaurus relative (WordNet
 * synonym or sister) of the original's own modifier. The n-gram model cannot tell such
 * compounds apart (both are English); the original can. garbled-phrase, medium, with the
 * original's compound as the suggestion. Runs only with an original, across sentences: a
 * reworded sentence often aligns too loosely for the word diff to line the compounds up.
 * Skipped when the suspect also uses the original's compound somewhere, and when the
 * original's pair is neither a WordNet entry nor a pair the model saw: two words side by
 * side that English does not use together are no compound ("the new wing opens in May":
 * a noun and its verb).
 */
export function detectEchoedCompounds(suspect: string, original: Doc | null): Finding[] {
  if (!original) return [];
  const modifiersByHead = new Map<string, Set<string>>();
  for (const [a, b] of plainPairs(original.text)) {
    // A "head" with a determiner after it is a verb with its object ("seas drive the fish"), no compound.
    if (OBJECT_FOLLOWS.test(original.text.slice(b.end, b.end + 8))) continue;
    const set = modifiersByHead.get(b.text) ?? new Set<string>();
    set.add(a.text);
    modifiersByHead.set(b.text, set);
  }
  const findings: Finding[] = [];
  const suspectPairs = plainPairs(suspect);
  const suspectSays = new Set(suspectPairs.map(([a, b]) => `${a.text} ${b.text}`));
  for (const [a, b] of suspectPairs) {
    const span = { start: a.start, end: b.end };
    const modifiers = modifiersByHead.get(b.text);
    if (!modifiers || modifiers.has(a.text) || !isMainlyNoun(b.text)) continue;
    // A suspect that also uses the original's compound chose this one on purpose.
    const match = [...modifiers].find((m) => !suspectSays.has(`${m} ${b.text}`) && !isSpellingVariant(m, a.text) && canBeNoun(m) && canBeNoun(a.text) && (isSeenPair(m, b.text) || isWordNetPhrase([m, b.text])) && ["synonym", "near"].includes(wordRelation(a.text, m, { related: false }) ?? ""));
    if (!match) continue;
    findings.push({
      kind: "garbled-phrase",
      severity: "medium",
      suspect: span,
      original: null,
      message: `“${a.text} ${b.text}” looks like the original's “${match} ${b.text}” with its first word swapped for a thesaurus neighbour, as article spinners do.`,
      suggestion: `${match} ${b.text}`,
    });
  }
  return findings;
}
