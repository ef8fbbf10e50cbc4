import { wordCount } from "../1-segment/tokens";
import type { Alignment, Doc, Finding, Kind, Severity, Summary } from "../types";
import { unusualWordingShare } from "./unusual-wording";

/**
 * Evidence each finding adds; one-sided sentences count through coverage instead. A low
 * synonym swap weighs 0.05: a heavy honest rewrite makes a dozen ("told reporters",
 * "climbed"), and at 0.1 those alone carried a rewrite with one medium finding to
 * "possibly spun" (3 of 16 tuning rewrites of 2026-12-06, 1 at 0.05; the eval corpus's 14
 * spun copies all stay "likely spun", and the dev set's WordNet tuning passages called spun
 * compared go from 98% to 97%).
 */
const WEIGHT: Record<Severity, number> = { high: 1, medium: 0.7, low: 0.05 };
const ONE_SIDED: ReadonlySet<Kind> = new Set(["unsupported", "omitted"]);
/**
 * A sentence's first synonym swap weighs this much less: an editor changes a word here and
 * there, a spinner several in one sentence. Set on the honest measles rewrite (tuning data:
 * eight verb synonyms in ten sentences had read as "possibly spun"); it costs 2 of the dev
 * set's 450 WordNet tuning passages their "spun" verdict compared, none held out.
 */
const FIRST_SWAP_DISCOUNT = 0.02;
/**
 * Steepness of the score curve: evidence of 0.3 a sentence (about one garbled phrase in
 * every two or three sentences, typical of spinner output in the eval corpus) maps to ~0.6,
 * three honest synonym swaps in a 15-sentence story to ~0.06.
 */
const STEEPNESS = 3;
/** Verdict thresholds on the spin score, tuned on the eval corpus's spun and honest pairs. */
const LIKELY_SPUN = 0.5;
const POSSIBLY_SPUN = 0.2;
/** Below this share of suspect sentences matched, the texts are not versions of one story. */
const UNRELATED_COVERAGE = 0.25;
const MIN_STATEMENT_WORDS = 4;
/** Judged alone, fewer medium/high findings than this never make a text "spun", whatever its length. */
const MIN_SERIOUS_ALONE = 2;
/** Outside English a clean result vouches only for numbers and quotations, never for the wording. */
const NOT_ENGLISH_CLEAN = "checked for numbers and quotations only";

/**
 * Turns findings into a spin score (0..1, exactly 0 with no findings) and a verdict.
 * The score is the weighted findings per suspect sentence through a saturating curve, so
 * it reads the same for a short story and a long one. With an original, a suspect that
 * matches too few of its sentences is "unrelated" whatever its score.
 */
export function summarize(original: Doc | null, suspect: Doc, alignments: Alignment[], findings: Finding[], language: string): Summary {
  const counts: Partial<Record<Kind, number>> = {};
  for (const finding of findings) counts[finding.kind] = (counts[finding.kind] ?? 0) + 1;

  // A brief or a headline may have no sentence of statement length: then every sentence counts.
  const minWords = suspect.sentences.some((s) => wordCount(suspect.text, s) >= MIN_STATEMENT_WORDS) ? MIN_STATEMENT_WORDS : 1;
  const statements = suspect.sentences.filter((s) => wordCount(suspect.text, s) >= minWords);
  const sentenceCount = Math.max(1, statements.length);
  // A finding inside a changed quote says how the quote changed: the quote counts once.
  const quotes = findings.filter((f) => f.kind === "quote-change" && f.suspect).map((f) => f.suspect!).sort((a, b) => a.start - b.start);
  const insideQuote = (f: Finding) => f.kind !== "quote-change" && !!f.suspect && isInside(f.suspect, quotes);
  const evidence = findings.filter((f) => !ONE_SIDED.has(f.kind) && !insideQuote(f)).reduce((sum, f) => sum + WEIGHT[f.severity], 0) - FIRST_SWAP_DISCOUNT * sentencesWithSwaps(suspect, findings);
  const spinScore = evidence === 0 ? 0 : round(1 - Math.exp((-STEEPNESS * evidence) / sentenceCount));

  // Outside English only the language-neutral rules ran: say so wherever the verdict shows.
  const scope = language === "en" ? "" : " The wording rules are tuned for English: this text was checked for numbers and quotations only.";
  const serious = findings.filter((f) => f.severity !== "low" && !ONE_SIDED.has(f.kind)).length;
  const highs = findings.filter((f) => f.severity === "high").length;
  // Counts every finding, as the review's per-kind counts and the CLI report do: one number, one word.
  const findingsLine =
    serious === 0 && highs === 0
      ? `no changes of fact or garbled phrases found${findings.length > 0 ? ` (${plural(findings.length, "low-severity finding")})` : ""}`
      : `${plural(findings.length, "finding")} to check (${highs} of high severity)`;

  if (original) {
    if (sameWords(original.text, suspect.text)) {
      return { verdict: "identical", spinScore: 0, counts, explanation: "The two texts are identical.", language };
    }
    const alignedSuspect = new Set(alignments.flatMap((a) => a.suspect));
    const matched = suspect.sentences.filter((s, i) => alignedSuspect.has(i) && wordCount(suspect.text, s) >= minWords).length;
    const coverage = matched / sentenceCount;
    const matchLine = `${matched} of ${plural(sentenceCount, "suspect sentence")} ${matched === 1 ? "matches" : "match"} the original`;
    if (coverage < UNRELATED_COVERAGE) {
      return { verdict: "unrelated", spinScore, counts, explanation: `Only ${matchLine}: these read as different articles.${scope}`, language };
    }
    const verdict = spinScore >= LIKELY_SPUN ? "likely spun" : spinScore >= POSSIBLY_SPUN ? "possibly spun" : language === "en" ? "light edit" : NOT_ENGLISH_CLEAN;
    return { verdict, spinScore, counts, explanation: `${capitalise(matchLine)}; ${findingsLine}.${scope}`, language };
  }
  // Alone, one odd phrase can be a writer's own; spinning leaves several. A minor garble
  // (an article that no longer fits the word a swap put after it: "a unexpected") is one
  // more trace of the same swapping, so beside a serious finding it makes the pair.
  const minorGarbles = findings.filter((f) => f.severity === "low" && f.kind === "garbled-phrase").length;
  // Wording unusual throughout is one more trace of a rewriting tool beside a medium or high
  // finding (a garbled phrase, a quote turned round), never a case on its own: formal or
  // technical English can read that way too.
  const unusualShare = serious > 0 && language === "en" ? unusualWordingShare(suspect.text) : null;
  const spunAlone = serious + Math.min(minorGarbles, serious) + (unusualShare === null ? 0 : 1) >= MIN_SERIOUS_ALONE;
  // Then the text is at least "possibly spun", however long it is: the score says so too,
  // so score and verdict never disagree.
  const score = unusualShare === null ? spinScore : Math.max(spinScore, POSSIBLY_SPUN);
  const clean = language === "en" ? "no signs of spinning" : NOT_ENGLISH_CLEAN;
  const verdict = !spunAlone ? clean : score >= LIKELY_SPUN ? "likely spun" : score >= POSSIBLY_SPUN ? "possibly spun" : clean;
  const wordingLine = unusualShare === null ? "" : `; ${Math.round(unusualShare * 100)}% of its pairs of content words are ones the language model never saw together (in edited English, about a third)`;
  return { verdict, spinScore: score, counts, explanation: `Judged on its own (no original): ${findingsLine}${wordingLine}.${scope}`, language };
}


/**
 * Identical but for line endings and spacing: "\r\n" for "\n" is not an edit. Compares
 * in one pass that stops at the first difference (a regex rewrite of two long texts cost
 * ~0.5 ms an analysis, for the rare pair that is the same).
 */
export function sameWords(a: string, b: string): boolean {
  if (a === b) return true;
  let i = skipSpace(a, 0);
  let j = skipSpace(b, 0);
  while (i < a.length && j < b.length) {
    const aSpace = isSpace(a.charCodeAt(i));
    const bSpace = isSpace(b.charCodeAt(j));
    if (aSpace !== bSpace) {
      // Trailing space on one side only is still the same text.
      return skipSpace(a, i) === a.length && skipSpace(b, j) === b.length;
    }
    if (aSpace) {
      i = skipSpace(a, i);
      j = skipSpace(b, j);
      continue;
    }
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
    i++;
    j++;
  }
  return skipSpace(a, i) === a.length && skipSpace(b, j) === b.length;
}

/** \s in a regex: ASCII and Unicode spaces, line breaks and the BOM. */
const SPACE = /\s/;
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && SPACE.test(String.fromCharCode(code)));
}

function skipSpace(text: string, from: number): number {
  let at = from;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** How many suspect sentences hold at least one synonym swap (one walk over both in order: a long article has thousands). */
function sentencesWithSwaps(suspect: Doc, findings: Finding[]): number {
  const starts = findings.filter((f) => f.kind === "synonym-swap" && f.suspect).map((f) => f.suspect!.start).sort((a, b) => a - b);
  let count = 0;
  let next = 0;
  for (const sentence of suspect.sentences) {
    while (next < starts.length && starts[next]! < sentence.start) next++;
    if (next < starts.length && starts[next]! < sentence.end) count++;
  }
  return count;
}

/** Whether `span` lies inside one of `spans` (sorted by start, not overlapping): the last one starting at or before it. */
function isInside(span: { start: number; end: number }, spans: { start: number; end: number }[]): boolean {
  let low = 0;
  let high = spans.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (spans[mid]!.start <= span.start) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found >= 0 && span.end <= spans[found]!.end;
}
