import { BoundedCache } from "@/lib/lexicon/bounded-cache";
import { association, gappedAssociation, isKnownWord, isSeenPair, isSeenTriple, phraseLogProb, spellingLogProb, wordLogProb } from "@/lib/lexicon/phrase-stats";
import { isSpellingVariant } from "@/lib/lexicon/edit-distance";
import { AUXILIARY_VERBS, FUNCTION_WORDS } from "@/lib/lexicon/function-words";
import { STOPWORDS } from "@/lib/lexicon/stopwords";
import { offersAmongFirstSenses, thesaurusRelatives, thesaurusSubstitutes } from "@/lib/lexicon/substitutes";
import type { Finding, Span } from "../../types";
import { lemmasOf } from "@/lib/lexicon/wordnet";
import { isMainlyNoun } from "../compared/word-class";
import { corroborated, type Candidate } from "./corroboration";
import { isPlain, plainWords, type Word } from "./plain-words";

/**
 * Thresholds on the n-gram model's association (log10 P(b|a) − log10 P(b)) and phrase
 * frequency. Tuned on the tuning part of the spinner-made dev set (scripts/devset,
 * `npm run eval:spinner`, `npm run tune:spinner`); the held-out part and the eval corpus
 * were not looked at while setting them. Exported only so the tuning script can try
 * others; the engine never changes them.
 */
export const IMPROBABLE_PHRASE_THRESHOLDS = {
  /** A written pair at least this associated is ordinary English: never a finding. */
  writtenIsFine: 0.5,
  /** The likely original must be an established phrase: this associated ... */
  alternativeEstablished: 1.0,
  /** ... and this much more than what is written ... */
  minGain: 2,
  /** ... and common enough to be a phrase a writer reaches for (log10 chance per position). */
  alternativeCommon: -7,
  /**
   * A rarer phrase is accepted when it is tighter: for each unit of association above 2,
   * the phrase may be this much rarer ("municipal bonds": 3.3, −7.3). A phrase that rare
   * and that bound is a term of art, not two words met by chance.
   */
  rarityPerAssociation: 1,
  /** ... but only when the written word is this much rarer than the one it replaced (log10 unigram), or unknown to the model. */
  rarityForRarePhrase: 1,
  /**
   * The word a spinner wrote is rarer than the one it replaced by at least this much
   * (log10 unigram): thesauri offer the unusual word ("clergyman" for "minister"), while a
   * writer's own choice between equals ("films"/"movies") is no sign of spinning, nor is
   * formal English's slightly rarer word ("distant areas", "mighty nation"). Tuned with
   * honest text nobody here wrote (State of the Union addresses 1980–1999 in 450-word
   * stretches, scripts/honest-wording.ts) beside the dev set's tuning part: from 0 to 0.6,
   * findings on the addresses 75 → 50 and stretches called spun 20 → 15 of 296 (with the
   * hyphen fix already in; 21 before either), for 3 of
   * 284 phrase breaks (passages called spun unchanged); at 1.0, 38 findings for 5.
   */
  minRarity: 0.6,
  /**
   * A written word the model has never met may have replaced a phrase this rare (log10
   * chance per position): nothing written that way is English the model knows. On the
   * tuning part (300 passages), −8 against −7: +5 phrase breaks, no flag on an honest source;
   * −8.5 added nothing more.
   */
  unknownWordCommon: -8,
  /** Both words swapped: the phrase must be this established, and gain this much. */
  doubleEstablished: 1.75,
  doubleGain: 2,
  /** Both words swapped into a phrase this associated, a fixed expression however rare ("contributory negligence", 5.0): it need not be common. (For one swapped word it cost 2 source flags for 5 phrase breaks: not used there.) */
  fixedExpression: 3.5,
  /** A gain this large needs no rarity: "press league" for "press conference" (3.7). */
  overwhelmingGain: 3,
  /** A phrase with a function word inside ("state of emergency") must be this common (log10 chance per position). */
  gappedCommon: -7,
  /**
   * Undone through a wider relative (parent, child, similar to: "prime clergyman" → "prime
   * minister", 2.6), the phrase must be a fixed expression this associated, gain this
   * much, and the written word be this much rarer (log10 unigram). Tuned on the tuning part
   * with the dev set's wider-thesaurus spinner: relative phrase breaks found alone 9 → 11
   * of 74 from rarity 1.5 to 1, for 1 more flag on the honest sources; at 0.5, 17 of 74 but
   * 7 more flags and 3 honest news articles called spun. Gain and association looser
   * (2 / 2) found 16 of 74 for 10 more flags.
   */
  relativeEstablished: 2.5,
  relativeGain: 3,
  relativeRarity: 1,
  /**
   * The written word fits the word on its other side this much better (association) than
   * the likely original would: the writer chose it for that neighbour ("an important
   * center of trade" is no "significant sum"). On the tuning part: at 1, −2 flags on
   * honest sources and no phrase break lost; at 0.5, 2 phrase breaks lost; at 0, 7.
   */
  contextFit: 1,
};

/** For a double swap, each written word must be a synonym from the first this many senses of the word it replaced (at 2 recall fell; 3 and 5 kept it all, 5 is looser than the dev set's spinner). */
const DOUBLE_SWAP_SENSES = 5;

/** Substitutes of each word tried in pairs when both may have been swapped (15 × 15 look-ups). */
const DOUBLE_SWAP_CANDIDATES = 15;

/** A likely original; `tentative` when it clears only the looser bars that need other swaps nearby (CORROBORATED_BARS, ./corroboration.ts). */
export type Reading = { suggestion: string; gain: number; tentative?: boolean };

const readings = new BoundedCache<string, Reading | null>(100_000);

/**
 * What reverse spinning asks of a phrase of two words ("prime clergyman") or of three with
 * a function word inside ("rite of transition"): how associated its words are (the
 * pair's, or the trigram's), whether the model saw it, and how common it is.
 */
const phraseStats = {
  association: (words: readonly string[]) => (words.length === 2 ? association(words[0]!, words[1]!) : gappedAssociation(words[0]!, words[1]!, words[2]!)),
  seen: (words: readonly string[]) => (words.length === 2 ? isSeenPair(words[0]!, words[1]!) : isSeenTriple(words[0]!, words[1]!, words[2]!)),
  common: (words: readonly string[], needed = words.length === 2 ? IMPROBABLE_PHRASE_THRESHOLDS.alternativeCommon : IMPROBABLE_PHRASE_THRESHOLDS.gappedCommon) =>
    (phraseLogProb(words) ?? -Infinity) >= needed,
};

/**
 * How common (log10 chance per position) the likely original must be: a phrase a writer
 * reaches for, or, when what is written is stranger, a rarer but tightly bound one.
 * `rarerBy` is how much rarer the written word is than the substitute (log10 unigram).
 */
function commonnessNeeded(words: readonly string[], strength: number, writtenKnown: boolean, rarerBy: number): number {
  const t = IMPROBABLE_PHRASE_THRESHOLDS;
  if (words.length !== 2) return t.gappedCommon;
  const bound = rarerBy >= t.rarityForRarePhrase ? t.alternativeCommon - t.rarityPerAssociation * Math.max(0, strength - 2) : t.alternativeCommon;
  return writtenKnown ? bound : Math.min(bound, t.unknownWordCommon);
}

/** The bars one reading must clear: see IMPROBABLE_PHRASE_THRESHOLDS for what each means. */
type Bars = {
  minGain: number;
  minRarity: number;
  relativeEstablished: number;
  relativeGain: number;
  relativeRarity: number;
};

/**
 * Looser bars for a reading that stands beside confident ones: a spinner swaps words all
 * through a passage, while honest text rarely has even one confident reading (0.6 per
 * 1,000 words in the tuning addresses), so a weaker case near a strong one is far more
 * often a swap than chance. Tuned on the dev set's tuning part (`npm run tune:spinner --
 * '{"corroborated.minRarity":0.3}'`): minRarity 0 → 0.3 kept every phrase break and cut
 * the false alarms from 5% to 4% of flags; 1.75 for minGain or 2 / 2.5 for the relative
 * bars added nothing. On the State of the Union tuning years these readings added 7
 * findings to 121.
 */
export const CORROBORATED_BARS: Bars = {
  minGain: 1.5,
  minRarity: 0.3,
  relativeEstablished: 1.5,
  relativeGain: 2,
  relativeRarity: 0.3,
};

const confidentBars = (minRarity = IMPROBABLE_PHRASE_THRESHOLDS.minRarity): Bars => ({ ...IMPROBABLE_PHRASE_THRESHOLDS, minRarity });

/**
 * The likely original of a written phrase, when one of its content words (at `slots`)
 * swapped for a thesaurus substitute (or, `widely`, a wider relative) gives an established phrase far more probable than
 * what is written (what an article spinner leaves behind, undone). Null when the phrase
 * is ordinary English or no substitute is convincing. `base` is the written phrase's
 * association.
 */
function undoOneSwap(words: readonly string[], slots: readonly number[], base: number, widely: boolean, bars: Bars): Reading | null {
  let best: Reading | null = null;
  for (const slot of slots) {
    const written = words[slot]!;
    for (const substitute of widely ? thesaurusRelatives(written) : thesaurusSubstitutes(written)) {
      // Another spelling ("programmes" for "programs") is the writer's dialect, not a swap;
      // a function word ("be" for "follow", "up" for "improving") never stood where a
      // content word is: only content words take part in a reading.
      if (isSpellingVariant(written, substitute) || FUNCTION_WORDS.has(substitute)) continue;
      // The cheap test first: most relatives are rarer words than the one written.
      if (widely && (spellingLogProb(substitute) ?? -Infinity) - (wordLogProb(written) ?? -Infinity) < bars.relativeRarity) continue;
      const candidate = words.map((word, i) => (i === slot ? substitute : word));
      const strength = phraseStats.association(candidate);
      if (strength === null || strength < IMPROBABLE_PHRASE_THRESHOLDS.alternativeEstablished) continue;
      // A word the model has never met ("figurer", "caoutchouc") makes the written phrase
      // as improbable as a phrase can be: an established reading is gain enough.
      const writtenKnown = isKnownWord(written);
      if (writtenKnown && strength - base < bars.minGain) continue;
      const rarerBy = (wordLogProb(substitute) ?? -Infinity) - (wordLogProb(written) ?? -Infinity);
      if (widely && !(strength >= bars.relativeEstablished && strength - base >= bars.relativeGain && rarerBy >= bars.relativeRarity)) continue;
      if (writtenKnown && !(rarerBy >= bars.minRarity) && strength - base < IMPROBABLE_PHRASE_THRESHOLDS.overwhelmingGain) continue;
      if (!phraseStats.seen(candidate) || !phraseStats.common(candidate, commonnessNeeded(candidate, strength, writtenKnown, rarerBy))) continue;
      if (!best || strength - base > best.gain) best = { suggestion: candidate.join(" "), gain: strength - base };
    }
  }
  return best;
}

/** The written phrase's association when it is not ordinary English already; null when it is. */
function unsettledBase(words: readonly string[]): number | null {
  const written = phraseStats.association(words);
  const settled = written !== null && written >= IMPROBABLE_PHRASE_THRESHOLDS.writtenIsFine && phraseStats.seen(words);
  return settled ? null : (written ?? 0);
}

/** undoOneSwap for two words side by side, or, failing that, both words swapped. Cached per pair: pairs recur across a long article. */
export function reverseSpin(first: string, second: string, inName = false): Reading | null {
  const key = `${first} ${second}${inName ? " (name)" : ""}`;
  const cached = readings.get(key);
  if (cached !== undefined) return cached;
  const base = unsettledBase([first, second]);
  // A name's words are fixed: no writer picks "Ocean" over "Sea" in "South China Sea" for style.
  let best = base === null ? null : undoOneSwap([first, second], [0, 1], base, false, confidentBars(inName ? 0 : undefined));
  // A thesaurus's wider relatives ("clergyman" for "minister"), when no synonym explains the pair.
  if (base !== null && !best) best = undoOneSwap([first, second], [0, 1], base, true, confidentBars());
  // Weaker cases, kept only beside confident ones (detectImprobablePhrases). Not inside a name: its words are fixed.
  if (base !== null && !best && !inName) {
    const tentative = undoOneSwap([first, second], [0, 1], base, false, CORROBORATED_BARS) ?? undoOneSwap([first, second], [0, 1], base, true, CORROBORATED_BARS);
    if (tentative) best = { ...tentative, tentative: true };
  }
  // Both words swapped ("push meeting" for "press conference"): a stronger case is needed,
  // since two substitutes give many more chances to land on some phrase by accident.
  // Two words swapped together name a thing: a second word that cannot be a noun ("talk
  // made", "post provides") is a clause, where two substitutes land on some unrelated
  // phrase ("utter shit", "office supplies").
  if (base !== null && (!best || best.tentative) && !isSeenPair(first, second) && lemmasOf(second, "noun").length > 0) {
    const contentWords = (word: string) => thesaurusSubstitutes(word).filter((substitute) => !FUNCTION_WORDS.has(substitute)).slice(0, DOUBLE_SWAP_CANDIDATES);
    const firsts = contentWords(first);
    const seconds = contentWords(second);
    for (const a of firsts) {
      for (const b of seconds) {
        const strength = association(a, b);
        if (strength === null || strength < IMPROBABLE_PHRASE_THRESHOLDS.doubleEstablished || strength - base < IMPROBABLE_PHRASE_THRESHOLDS.doubleGain || !isSeenPair(a, b)) continue;
        if (!phraseStats.common([a, b]) && strength < IMPROBABLE_PHRASE_THRESHOLDS.fixedExpression) continue;
        // Two far senses landing on a phrase is chance ("brought pressure" → "play blackjack"); a spinner takes first senses.
        if (!offersAmongFirstSenses(a, first, DOUBLE_SWAP_SENSES) || !offersAmongFirstSenses(b, second, DOUBLE_SWAP_SENSES)) continue;
        if (!best || best.tentative || strength - base > best.gain) best = { suggestion: `${a} ${b}`, gain: strength - base };
      }
    }
  }
  readings.set(key, best);
  return best;
}

const CONJUNCTIONS = new Set(["and", "or", "but", "nor"]);

const gappedReadings = new BoundedCache<string, Reading | null>(100_000);

/**
 * undoOneSwap for a phrase with a function word inside ("condition of emergency" →
 * "state of emergency"), on the trigram's association: its first or last word swapped.
 */
export function reverseSpinGapped(first: string, middle: string, last: string): Reading | null {
  const key = `${first} ${middle} ${last}`;
  const cached = gappedReadings.get(key);
  if (cached !== undefined) return cached;
  const base = unsettledBase([first, middle, last]);
  const best = base === null ? null : undoOneSwap([first, middle, last], [0, 2], base, false, confidentBars());
  gappedReadings.set(key, best);
  return best;
}

/**
 * Reverse spinning: judges the suspect on its own by asking, for every two plain
 * lower-case words side by side, whether the n-gram model finds them improbable while a
 * thesaurus substitute of one of them makes an established phrase ("prime clergyman" →
 * "prime minister"). Each such pair is a garbled-phrase (medium) whose suggestion is that
 * phrase: something the language data supports, never invented wording. Names and
 * numbers never take part; pairs never cross punctuation or a line break. Spans in
 * `isSettled` (wording the original shares) are skipped.
 */
export function detectImprobablePhrases(
  text: string,
  isSettled: (span: Span) => boolean = () => false,
  sentences: readonly Span[] = [],
  checkedAgainstOriginal: (span: Span) => boolean = () => false,
): Finding[] {
  const words = plainWords(text, sentences);
  const findings: Candidate[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i]!;
    const b = words[i + 1]!;
    const c = words[i + 2];
    // A phrase with one function word inside ("state of emergency"), when its words stand plain.
    // Across "and"/"or" only two nouns make one ("trial and error"); a verb there starts a new clause ("in the spring and take").
    const joinsNouns = !CONJUNCTIONS.has(b.norm) || (!!c && isMainlyNoun(c.norm));
    // A name's words pair only with each other ("Lodge of Commons"), never with the words around the name.
    const sameName = (x: Word, y: Word) => !!x.inName === !!y.inName;
    // An auxiliary inside ("tribunal has ruled") makes a clause, not a phrase.
    if (c && joinsNouns && sameName(a, c) && STOPWORDS.has(b.norm) && !AUXILIARY_VERBS.has(b.norm) && !STOPWORDS.has(a.norm) && !STOPWORDS.has(c.norm) && isPlain(text, a, b) && isPlain(text, b, c)) {
      const span = { start: a.start, end: c.end };
      const reading = isSettled(span) ? null : reverseSpinGapped(a.norm, b.norm, c.norm);
      if (reading && (!a.inName || takesFirstSenses([a.norm, b.norm, c.norm], reading))) {
        findings.push({ finding: improbableFinding(`${a.text} ${b.text} ${c.text}`, span, reading), tentative: false });
        i += 2;
        continue;
      }
    }
    // Function words make idioms of their own ("innocent of", "runs to"): only content words pair.
    if (!isPlain(text, a, b) || !sameName(a, b) || STOPWORDS.has(a.norm) || STOPWORDS.has(b.norm)) continue;
    const span = { start: a.start, end: b.end };
    if (isSettled(span)) continue;
    const reading = reverseSpin(a.norm, b.norm, !!a.inName);
    if (!reading || (a.inName && !takesFirstSenses([a.norm, b.norm], reading))) continue;
    if (chosenForItsContext(text, words[i - 1], a, b, words[i + 2], reading)) continue;
    findings.push({ finding: improbableFinding(`${a.text} ${b.text}`, span, reading), tentative: !!reading.tentative });
    i++;
  }
  return corroborated(findings, checkedAgainstOriginal);
}

/**
 * Whether a word the reading swaps back fits the word on its other side far better as
 * written than the likely original would ("cargo bound for Europe": "bound for" is a
 * phrase, "hold for" is not): the writer chose it for that neighbour, no thesaurus did.
 */
function chosenForItsContext(text: string, before: Word | undefined, a: Word, b: Word, after: Word | undefined, reading: Reading): boolean {
  const [originalA, originalB] = reading.suggestion.split(" ");
  const fitsBetter = (written: [string, string], instead: [string, string]) =>
    isSeenPair(...written) && (association(...written) ?? -Infinity) - (association(...instead) ?? -Infinity) >= IMPROBABLE_PHRASE_THRESHOLDS.contextFit;
  if (originalB && originalB !== b.norm && after && isPlain(text, b, after) && fitsBetter([b.norm, after.norm], [originalB, after.norm])) return true;
  return !!originalA && originalA !== a.norm && !!before && isPlain(text, before, a) && fitsBetter([before.norm, a.norm], [before.norm, originalA]);
}

/**
 * Whether every word the reading swapped back is one a thesaurus lists among the first
 * senses of the word it stands for ("Ocean" for "sea"), as spinners pick them. Names are
 * made of ordinary words in far senses ("Red Feather": "feather" is a far sense of
 * "square"), so a reading inside a name needs this too.
 */
function takesFirstSenses(written: readonly string[], reading: Reading): boolean {
  const original = reading.suggestion.split(" ");
  return written.every((word, i) => word === original[i] || offersAmongFirstSenses(original[i]!, word, DOUBLE_SWAP_SENSES));
}

function improbableFinding(written: string, span: Span, reading: Reading): Finding {
  // Each word keeps the capital it is written with: a sentence's opener ("Climate change"),
  // a name's words ("South China Sea").
  const writtenWords = written.split(" ");
  const suggestion = reading.suggestion
    .split(" ")
    .map((word, i) => (/^[A-Z]/.test(writtenWords[i] ?? "") ? word.charAt(0).toUpperCase() + word.slice(1) : word))
    .join(" ");
  return {
    kind: "garbled-phrase",
    severity: "medium",
    suspect: span,
    original: null,
    message: reading.tentative
      ? `“${written}” is not an established phrase; beside the other swapped phrases near it, it reads like “${suggestion}” with one word swapped for a thesaurus neighbour.`
      : `“${written}” is not an established phrase; it reads like “${suggestion}” with one word swapped for a thesaurus neighbour, as article spinners do.`,
    suggestion,
  };
}
