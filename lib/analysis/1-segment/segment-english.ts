import { FUNCTION_WORDS, SENTENCE_STARTERS } from "@/lib/lexicon/function-words";
import { compromiseAbbreviations } from "./nlp";
import { findListItems, type ListItems } from "./segment-lists";
import { wordBefore } from "./segment-words";

/**
 * Abbreviations after which a full stop does not end a sentence: compromise's own list
 * (titles, months, "etc", "Inc"…) plus news titles it lacks. Read once at load.
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...compromiseAbbreviations(),
  "no", "vs", "mt", "ft", "rev", "sgt", "capt", "cmdr", "adm", "maj", "supt", "gens", "sens", "reps", "messrs",
]);
/** Abbreviations that often end a sentence too ("… of Acme Inc. The firm …"). */
const SENTENCE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set(["inc", "ltd", "co", "corp", "etc", "jr", "sr"]);
const TERMINAL = /[.!?…]/g;
const CLOSERS = "\"'”’)]";
/** What can open a sentence: a capital or digit, maybe behind an opening quote or bracket. */
const OPENER = /^["'“‘([”]?\s?[\p{Lu}\p{N}]/u;

type Run = { start: number; end: number; dots: number; spaced: boolean; onlyDots: boolean };

/**
 * Sentence ends inside one English paragraph, as offsets into `body`: after . ! ? … and any
 * closing quotes or brackets (`…and Iran.” The`), before a sentence opener; before each
 * item of an inline list. Full stops are judged by the word before them (abbreviations,
 * initials, "U.S." before a capitalised function word); "world.Today" ends a sentence with
 * no space; a spaced ellipsis (". . .") ends one only with a fourth dot.
 */
export function englishBoundaries(body: string): number[] {
  const list = findListItems(body);
  const ends: number[] = [...list.itemStarts];
  TERMINAL.lastIndex = 0;
  for (let match = TERMINAL.exec(body); match; match = TERMINAL.exec(body)) {
    const run = readRun(body, match.index);
    TERMINAL.lastIndex = run.end;
    const end = judgeRun(body, run, list);
    if (end !== null) ends.push(end);
  }
  return [...new Set(ends)].sort((a, b) => a - b);
}

/** A run of terminal punctuation, spaced ellipsis dots (". . .") included; "…" counts three dots. */
function readRun(body: string, start: number): Run {
  let at = start;
  let dots = 0;
  let spaced = false;
  let onlyDots = true;
  for (;;) {
    const char = body[at];
    if (char === "." || char === "…") {
      dots += char === "." ? 1 : 3;
      at++;
    } else if (char === "!" || char === "?") {
      onlyDots = false;
      at++;
    } else if (char === " " && body[at + 1] === "." && !/[\p{L}\p{N}]/u.test(body[at + 2] ?? "")) {
      spaced = true;
      at++;
    } else break;
  }
  return { start, end: at, dots, spaced, onlyDots };
}

/** Where the sentence ends for this run, or null when it ends none. */
function judgeRun(body: string, run: Run, list: ListItems): number | null {
  if (list.markerPunctuation.has(run.start)) return null;
  // "[...]", "(…)": an omission mark inside brackets.
  if (/[[(]/.test(body[run.start - 1] ?? "") && /[\])]/.test(body[run.end] ?? "")) return null;
  if (run.onlyDots && run.dots >= 3) return judgeEllipsis(body, run);
  let after = run.end;
  while (after < body.length && CLOSERS.includes(body[after] ?? "")) after++;
  const single = run.onlyDots && run.dots === 1 && after === run.end;
  if (!/\s/.test(body[after] ?? "")) return single && endsWithoutSpace(body, run.start) ? run.end : null;
  const following = body.slice(after, after + 60).trimStart();
  if (!OPENER.test(following)) return null;
  if (single && !endsSentenceAfterDot(body, run.start, following)) return null;
  return after;
}

/**
 * An ellipsis: three dots (". . .", "...", "…") mark an omission; a fourth is the full stop.
 * "compounds. . . . The" ends after "compounds." and the ellipsis opens the next sentence.
 */
function judgeEllipsis(body: string, run: Run): number | null {
  let after = run.end;
  while (after < body.length && CLOSERS.includes(body[after] ?? "")) after++;
  const opensNext = /\s/.test(body[after] ?? "") && OPENER.test(body.slice(after, after + 60).trimStart());
  if (!opensNext) return null;
  const attached = run.start > 0 && !/\s/.test(body[run.start - 1] ?? "");
  if (run.spaced) {
    if (run.dots < 4) return null;
    return attached && body[run.start + 1] === " " ? run.start + 1 : after;
  }
  return after;
}

/** Decides whether the full stop at `dot`, followed by space and `following`, ends a sentence. */
function endsSentenceAfterDot(body: string, dot: number, following: string): boolean {
  const before = wordBefore(body, dot);
  const word = before.toLowerCase();
  const nextWord = /^["'“‘([]?\s?([\p{L}'’]+)/u.exec(following)?.[1]?.toLowerCase() ?? "";
  if (/^\p{N}/u.test(following)) {
    // "p. 55", "No. 5", "N°. 1026" (a letter and a sign: the dot abbreviates the sign's word).
    return !(/^\p{L}$/u.test(before) || ABBREVIATIONS.has(word) || /\p{L}[°º#№]$/u.test(tokenBefore(body, dot)));
  }
  if (/^\p{Lu}$/u.test(before)) return before === "I" && isPronounI(body, dot); // an initial: "Jonas E. Smith"
  if (/^\p{Ll}$/u.test(before)) return false; // "p.", "v."
  if (/^(\p{L}\.)+\p{L}$/u.test(before)) {
    // "e.g", "i.e" are abbreviations; "U.S", "E.U", "p.m" end a sentence before a sentence opener.
    if (before === word && ABBREVIATIONS.has(word.replace(/\./g, ""))) return false;
    return startsSentence(nextWord);
  }
  // "Tuesday.Mr. Smith": after a full stop with no space, the abbreviation is the last part.
  const last = word.slice(word.lastIndexOf(".") + 1);
  if (SENTENCE_FINAL_ABBREVIATIONS.has(last)) return startsSentence(nextWord);
  return !ABBREVIATIONS.has(last);
}

/** A capitalised closed-class word ("How", "The", "It", "Meanwhile") opens a sentence; a name need not. */
function startsSentence(word: string): boolean {
  return FUNCTION_WORDS.has(word) || SENTENCE_STARTERS.has(word);
}

/** "you and I." is the pronoun ending a sentence; "Albert I. Jones" is an initial after a name. */
function isPronounI(body: string, dot: number): boolean {
  const previous = /([\p{L}'’]+)[,;]?\s+$/u.exec(body.slice(Math.max(0, dot - 41), dot - 1))?.[1] ?? "";
  return /^\p{Ll}/u.test(previous);
}

/**
 * "world.Today", "1,000.That": a full stop between a word (or number) and a capitalised word,
 * with no space, inside a token that is not an address ("Jane.Doe@example.com", URLs).
 */
function endsWithoutSpace(body: string, dot: number): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(body.slice(dot + 1, dot + 3))) return false;
  const before = wordBefore(body, dot);
  if (!/[\p{Ll}\p{N}]$/u.test(before) || before.includes(".") || before.length < 2) return false;
  if (ABBREVIATIONS.has(before.toLowerCase())) return false;
  const tokenEnd = body.slice(dot, dot + 80).search(/\s/);
  const token = tokenBefore(body, dot) + body.slice(dot, tokenEnd < 0 ? dot + 80 : dot + tokenEnd);
  return !/[@/:]|www/i.test(token);
}

/** The characters back to the previous whitespace (at most 40) before `at`. */
function tokenBefore(body: string, at: number): string {
  let start = at;
  while (start > 0 && at - start < 40 && !/\s/.test(body[start - 1] ?? "")) start--;
  return body.slice(start, at);
}
