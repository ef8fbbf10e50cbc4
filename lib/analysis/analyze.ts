import { alignSentences } from "./2-align/align";
import type { PairContext } from "./4-rules/compared/context";
import { diffSpans, type DiffPart } from "./3-diff/diff";
import { buildHunks } from "./3-diff/hunks";
import { isTitleCasedHeadline } from "./1-segment/headline";
import { detectLanguage } from "./1-segment/language";
import { findOneSidedSentences } from "./2-align/one-sided";
import { findQuotations } from "./1-segment/quotes";
import { runRules } from "./4-rules/run-rules";
import { sameWords, summarize } from "./5-score/score";
import { segmentSentences } from "./1-segment/segment";
import { tokenize } from "./1-segment/tokens";
import type { Alignment, Analysis, Doc, Finding, Span } from "./types";

export const ENGINE_NAME = "unspun 0.2.0";

export type AnalyzeInput = { original?: string | null; suspect: string };

/**
 * Analyses a suspect text, against an original when one is given (a missing, null or
 * blank original means the suspect is judged on its own).
 *
 * segment -> align -> diff each aligned group -> every rule of rules/registry.ts (compared
 * rules per group, suspect-alone rules on the whole suspect) -> one overlap resolution ->
 * score. Rules tuned for English run only when the suspect reads as English; otherwise
 * segmentation, alignment, the diff and the language-neutral rules (numbers, quotations)
 * still run and the summary says so. Pure: the same input always gives the same Analysis.
 */
export function analyzeTexts(input: AnalyzeInput): Analysis {
  const language = detectLanguage(input.suspect);
  const suspect = toDoc(input.suspect, language);
  const original = input.original && input.original.trim() ? toDoc(input.original, language) : null;

  let alignments: Alignment[] = [];
  const unchanged: Span[] = [];
  const pairs: PairContext[] = [];
  let supported: ((finding: Finding) => boolean) | undefined;
  let paired: (span: Span) => boolean = () => false;
  if (original) {
    alignments = alignSentences(original, suspect);
    const originalHasPhrase = phraseFinder(original.text);
    const originalQuotes = findQuotations(original.text);
    const suspectQuotes = findQuotations(suspect.text);
    for (const alignment of alignments) {
      const originalSpan = groupSpan(original, alignment.original);
      const suspectSpan = groupSpan(suspect, alignment.suspect);
      // In a headline a capital marks no name: "HOUSING BILL" and "Lodging Bill" differ in one word, not two.
      const headline = isTitleCasedHeadline(original.text.slice(originalSpan.start, originalSpan.end)) && isTitleCasedHeadline(suspect.text.slice(suspectSpan.start, suspectSpan.end));
      const parts = diffSpans(original.text, originalSpan, suspect.text, suspectSpan, { ignoreCase: headline });
      unchanged.push(...unchangedSpans(parts));
      pairs.push({ original, suspect, originalSpan, suspectSpan, headline, parts, hunks: buildHunks(parts), originalQuotes, suspectQuotes, originalHasPhrase });
    }
    paired = insideAnyOf(pairs.map((pair) => pair.suspectSpan));
    supported = (finding) =>
      !finding.suspect || !paired(finding.suspect) || !finding.suggestion || originalHasPhrase(finding.suggestion.toLowerCase().split(/\s+/));
  }
  const findings: Finding[] = runRules({
    pairs,
    text: { text: suspect.text, sentences: suspect.sentences, isSettled: insideAnyOf(unchanged), original, isPaired: paired },
    english: language === "en",
    structural: original ? findOneSidedSentences(original, suspect, alignments) : [],
    supported,
  });
  // The contract: a text compared with itself (spacing aside) gives no findings at all.
  if (original && sameWords(original.text, suspect.text)) findings.length = 0;
  const ordered = orderBySuspectPosition(findings, alignments, suspect, original);
  return {
    engine: ENGINE_NAME,
    original,
    suspect,
    alignments,
    findings: ordered,
    summary: summarize(original, suspect, alignments, ordered, language),
  };
}

/**
 * Answers "does the text say these words in a row?" in time proportional to the phrase's
 * first word's occurrences, not to the text (a whole-text search per name made long
 * articles quadratic). Words are lower-case, possessives dropped, hyphenated words split.
 */
function phraseFinder(text: string): (words: string[]) => boolean {
  // Built on first use: most analyses change no names and never ask.
  let words: string[] | null = null;
  const positions = new Map<string, number[]>();
  const build = (): string[] => {
    const all = tokenize(text).filter((t) => t.isWord).flatMap((t) => t.norm.replace(/['’]s$/, "").split(/[-.]/)).filter(Boolean);
    all.forEach((word, i) => {
      const list = positions.get(word);
      if (list) list.push(i);
      else positions.set(word, [i]);
    });
    return all;
  };
  return (phrase) => {
    words ??= build();
    const known = words;
    const [first, ...rest] = phrase;
    if (first === undefined) return false;
    return (positions.get(first) ?? []).some((at) => rest.every((word, k) => known[at + 1 + k] === word));
  };
}

function toDoc(text: string, language: string): Doc {
  return { text, sentences: segmentSentences(text, language) };
}

function groupSpan(doc: Doc, indices: number[]): Span {
  const first = doc.sentences[indices[0] ?? 0];
  const last = doc.sentences[indices[indices.length - 1] ?? 0];
  return { start: first?.start ?? 0, end: last?.end ?? 0 };
}

/** Stretches of the suspect that the diff found unchanged from the original. */
function unchangedSpans(parts: DiffPart[]): Span[] {
  return parts.flatMap((part) => {
    const first = part.suspect[0];
    const last = part.suspect[part.suspect.length - 1];
    return part.op === "same" && first && last ? [{ start: first.start, end: last.end }] : [];
  });
}

/**
 * "Is this span inside one of `spans`?", by binary search: the rules ask it per candidate,
 * and a long article has thousands of unchanged stretches. The spans never overlap (each
 * is a run of one diff, and diffs cover disjoint groups of sentences).
 */
function insideAnyOf(spans: Span[]): (span: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  return (span) => {
    let low = 0;
    let high = sorted.length - 1;
    let candidate: Span | undefined;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const s = sorted[middle]!;
      if (s.start <= span.start) {
        candidate = s;
        low = middle + 1;
      } else high = middle - 1;
    }
    return candidate !== undefined && span.end <= candidate.end;
  };
}

/**
 * Orders findings by where they sit in the suspect. An omitted original sentence has no
 * suspect position: it is placed where the suspect picks up after the original sentence
 * before it, so it reads in the flow of the story.
 */
function orderBySuspectPosition(findings: Finding[], alignments: Alignment[], suspect: Doc, original: Doc | null): Finding[] {
  // For each original sentence: where the suspect stands after every group that precedes it.
  const resumeAt: number[] = [];
  if (original) {
    const endAfterOriginal = Array.from({ length: original.sentences.length }, () => -1);
    for (const alignment of alignments) {
      const last = Math.max(...alignment.original);
      const end = suspect.sentences[Math.max(...alignment.suspect)]?.end ?? -1;
      endAfterOriginal[last] = Math.max(endAfterOriginal[last] ?? -1, end);
    }
    let best = -1;
    for (let i = 0; i < original.sentences.length; i++) {
      resumeAt.push(best);
      best = Math.max(best, endAfterOriginal[i] ?? -1);
    }
  }
  const sentenceIndex = new Map(original?.sentences.map((s, i) => [s.start, i]) ?? []);
  const position = (finding: Finding): number => {
    if (finding.suspect) return finding.suspect.start;
    const index = finding.original ? sentenceIndex.get(finding.original.start) : undefined;
    return index === undefined ? Number.MAX_SAFE_INTEGER : (resumeAt[index] ?? -1) + 0.5;
  };
  return findings
    .map((finding, order) => ({ finding, order, at: position(finding) }))
    .sort((a, b) => a.at - b.at || a.order - b.order)
    .map((entry) => entry.finding);
}
