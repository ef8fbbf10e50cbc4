import { BoundedCache } from "@/lib/lexicon/bounded-cache";
import { isKnownWord, isSeenPair, logProbAfter, wordLogProb } from "@/lib/lexicon/phrase-stats";
import { isSpellingVariant } from "@/lib/lexicon/edit-distance";
import { STOPWORDS } from "@/lib/lexicon/stopwords";
import { areNeighbours, thesaurusSubstitutes } from "@/lib/lexicon/substitutes";
import { tokenize, type Token } from "../../1-segment/tokens";
import type { Finding, Span } from "../../types";

/**
 * Thresholds, tuned on the tuning part of the spinner-made dev set (WordNet passages and
 * spun corpus articles, `scripts/devset`); the held-out part and the eval corpus were not
 * looked at while setting them. Exported only so a tuning script can try others.
 */
export const MISFIT_WORD_THRESHOLDS = {
  /**
   * A substitute must make the word's trigram window (the word and the two after it,
   * each given the two before) this much more probable, in log10: 3.5 is ~3,000 times.
   * At 3 the dev set's honest WordNet sources got two or more findings 3.6% of the time,
   * at 3.5 2.7%, and honest news sources none at either.
   */
  minWindowGain: 3.5,
  /**
   * A word the model has never met ("caoutchouc", "hebdomad") is judged by how well its
   * best substitute fits instead: the window's average log10 probability per word. At
   * -2.5 the tuning part's spun texts had 266 such words, its honest sources 35 (mostly
   * WordNet's examples of rare words, "poorness", "profundity"); at -3, 460 and 64. In
   * the whole eval, -3 gave 48 more findings on spun passages than -2.5, and 3 more on honest sources.
   */
  unknownWordFit: -2.5,
};

/** Stands for a token the model cannot score: it cuts the context before it. */
const UNKNOWN = "<unk>";

/** Scored the same way in every article: a word's window recurs ("deuce years"). */
const judgements = new BoundedCache<string, string | null>(100_000);

const isContentWord = (token: Token | undefined): token is Token => !!token && token.isWord && /^[a-z]+$/.test(token.text) && !STOPWORDS.has(token.norm);

/**
 * Reverse spinning by context: a lower-case content word that its sentence rejects (the
 * n-gram model has never seen it beside a neighbouring content word) while one of its
 * thesaurus substitutes, at least as common, fits the same place thousands of times
 * better ("broad constabulary powers" → *police*, "does not guide effect" → *take*). That
 * is what a spinner leaves when it swaps a word without reading the sentence; a writer's
 * own rare word either fits its neighbours or has no commoner synonym that fits far
 * better. Each is a garbled-phrase (medium) whose suggestion is that substitute.
 * Spans in `isSettled` (wording the original shares) are skipped.
 */
export function detectMisfitWords(text: string, sentences: readonly Span[], isSettled: (span: Span) => boolean = () => false): Finding[] {
  const findings: Finding[] = [];
  for (const sentence of sentences) {
    const tokens = tokenize(text, sentence.start, sentence.end);
    // Punctuation and numbers are no words to the model: they cut the context, as a sentence start does.
    const lmTokens = ["<s>", ...tokens.map((t) => (t.isWord && /^[a-z'-]+$/.test(t.norm) ? t.norm : UNKNOWN))];
    for (let j = 0; j < tokens.length; j++) {
      const word = tokens[j]!;
      if (!isContentWord(word) || !hasUnseenNeighbour(tokens, j) || isSettled(word)) continue;
      const suggestion = bestFit(lmTokens, j + 1);
      if (!suggestion) continue;
      findings.push({
        kind: "garbled-phrase",
        severity: "medium",
        suspect: { start: word.start, end: word.end },
        original: null,
        message: `“${word.text}” does not fit its sentence, while “${suggestion}”, a common synonym, fits it far better: the mark of a word swapped for a thesaurus entry, as article spinners do.`,
        suggestion,
      });
    }
  }
  return findings;
}

/** Whether the model never saw the word beside a neighbouring content word: the cheap test that keeps most words out. */
function hasUnseenNeighbour(tokens: readonly Token[], j: number): boolean {
  const word = tokens[j]!;
  const previous = tokens[j - 1];
  const next = tokens[j + 1];
  const unseen = (a: Token, b: Token) => !isSeenPair(a.norm, b.norm);
  return (isContentWord(previous) && unseen(previous, word)) || (isContentWord(next) && unseen(word, next));
}

/** The substitute that fits position `i` of the sentence far better than what is written, or null. */
function bestFit(lmTokens: readonly string[], i: number): string | null {
  const key = lmTokens.slice(Math.max(0, i - 2), i + 3).join(" ");
  const cached = judgements.get(key);
  if (cached !== undefined) return cached;
  const written = lmTokens[i]!;
  const writtenFrequency = wordLogProb(written) ?? -Infinity;
  const base = windowLogProb(lmTokens, i, written);
  let best: string | null = null;
  if (!isKnownWord(written)) best = bestFitForUnknown(lmTokens, i);
  else if (base !== null) {
    let bestGain = MISFIT_WORD_THRESHOLDS.minWindowGain;
    for (const substitute of thesaurusSubstitutes(written)) {
      // A spinner trades the everyday word for a rarer one; the reverse is a writer's choice.
      if ((wordLogProb(substitute) ?? -Infinity) < writtenFrequency) continue;
      // Words the vectors put close together are used alike in real text: the model's
      // preference between them is dialect or habit ("pupils"/"students", "median"/
      // "average"), not a misfit. (No change on the dev set's tuning part; it keeps
      // British and technical wording in honest articles quiet.)
      if (areNeighbours(written, substitute)) continue;
      const score = windowLogProb(lmTokens, i, substitute);
      if (score !== null && score - base >= bestGain) {
        bestGain = score - base;
        best = substitute;
      }
    }
  }
  judgements.set(key, best);
  return best;
}

/**
 * For a word the model does not know in any spelling: the best-fitting substitute, when
 * it fits the window well (unknownWordFit). A word used alike ("pupils") is the writer's
 * own choice, never a substitute.
 */
function bestFitForUnknown(lmTokens: readonly string[], i: number): string | null {
  const written = lmTokens[i]!;
  let best: string | null = null;
  let bestFit = MISFIT_WORD_THRESHOLDS.unknownWordFit;
  for (const substitute of thesaurusSubstitutes(written)) {
    if (wordLogProb(substitute) === null || isSpellingVariant(written, substitute) || areNeighbours(written, substitute)) continue;
    const window = windowLogProb(lmTokens, i, substitute, true);
    if (window !== null && window >= bestFit) {
      bestFit = window;
      best = substitute;
    }
  }
  return best;
}

/**
 * log10 probability of the words at i, i+1 and i+2 (within the sentence, and up to the
 * first word the model does not know), with `word` at i, each given the two before (or
 * their average, `perWord`); null unless at least the word after it is scored.
 */
function windowLogProb(lmTokens: readonly string[], i: number, word: string, perWord = false): number | null {
  const at = (k: number) => (k === i ? word : lmTokens[k]!);
  let total = 0;
  let scored = 0;
  for (let k = i; k <= Math.min(i + 2, lmTokens.length - 1); k++) {
    const history = [];
    for (let h = Math.max(0, k - 2); h < k; h++) history.push(at(h));
    const score = logProbAfter(history, at(k));
    if (score === null) break;
    total += score;
    scored++;
  }
  // A word with nothing after it is judged by its own frequency alone ("told reporters
  // afterwards."), which says nothing of a swap: the words that follow must judge it too.
  return scored >= 2 ? (perWord ? total / scored : total) : null;
}
