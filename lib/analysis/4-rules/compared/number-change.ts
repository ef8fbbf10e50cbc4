import { isUnitNoun, wordRelation } from "@/lib/lexicon/wordnet";
import { clockTime, numberValue, numberValuesOf, relativeDateOffset } from "../../numbers";
import { tokenize, type Token } from "../../1-segment/tokens";
import type { Finding, Span } from "../../types";
import { quoted, type PairContext } from "./context";

/**
 * Numbers, dates and quantities must survive a rewrite. The values stated in the aligned
 * original and suspect sentences are compared as multisets ("five" equals "5"); each
 * suspect value the original lacks is paired, in order, with an original value the
 * suspect lacks. A value added with nothing lost beside it is left alone (an added detail
 * is not a changed fact).
 */
export function findNumberChanges(context: PairContext): Finding[] {
  return [...findChangedValues(context), ...findChangedUnits(context), ...findChangedRelativeDates(context)];
}

/**
 * A date moved relative to now: "last year" → "this year", "next Monday" → "last Monday".
 * The word right before an unchanged unit of time, weekday or month changed.
 */
function findChangedRelativeDates(context: PairContext): Finding[] {
  const findings: Finding[] = [];
  for (const hunk of context.hunks) {
    const unit = hunk.after[0];
    const was = hunk.removed[hunk.removed.length - 1];
    const now = hunk.added[hunk.added.length - 1];
    if (!unit || !was || !now) continue;
    const before = relativeDateOffset(was.norm);
    const after = relativeDateOffset(now.norm);
    if (before === null || after === null || before === after) continue;
    if (!isUnitNoun(unit.norm) && numberValue(unit) === null) continue;
    findings.push(numberFinding({ start: now.start, end: unit.end }, was, `${was.text} ${unit.text}`, `${now.text} ${unit.text}`, `${was.text} ${unit.text}`));
  }
  return findings;
}

/** A changed number, date or unit (high): the original's wording and the suspect's, quoted. */
function numberFinding(suspect: Span, original: Span, originalWords: string, suspectWords: string, suggestion: string): Finding {
  return {
    kind: "number-change",
    severity: "high",
    suspect: { start: suspect.start, end: suspect.end },
    original: { start: original.start, end: original.end },
    message: `The original says ${quoted(originalWords)} here; the suspect says ${quoted(suspectWords)}.`,
    suggestion,
  };
}

function findChangedValues(context: PairContext): Finding[] {
  // A value can only have changed where the diff changed a number or date word.
  const stated = (t: Token) => numberValuesOf(t, false).length > 0;
  if (!context.hunks.some((h) => h.added.some(stated) || h.removed.some(stated))) return [];
  const originalNumbers = numberTokens(context.original.text, context.originalSpan, replacingNumbers(context, "removed"));
  const suspectNumbers = numberTokens(context.suspect.text, context.suspectSpan, replacingNumbers(context, "added"));
  const lost = unmatched(originalNumbers, suspectNumbers);
  const added = unmatched(suspectNumbers, originalNumbers);
  dropRestatedRatios(lost, added, context.original.text);
  dropRestatedFractions(lost, added, context.suspect.text);
  dropRestatedFractions(added, lost, context.original.text);
  dropSplitRanges(lost, added);
  dropSplitRanges(added, lost);
  const findings: Finding[] = [];
  for (let i = 0; i < Math.min(lost.length, added.length); i++) {
    const was = lost[i]!;
    const now = added[i]!;
    findings.push({
      kind: "number-change",
      severity: "high",
      suspect: { start: now.token.start, end: now.token.end },
      original: { start: was.token.start, end: was.token.end },
      message: `The original says ${quoted(was.token.text)} here; the suspect says ${quoted(now.token.text)}.`,
      suggestion: was.token.text,
    });
  }
  return findings;
}

/**
 * The same number counting another unit: "in two weeks" → "in two months", "a 5-mile
 * route" → "a 5 kilometre route". The unit is one word, right after an unchanged number.
 */
function findChangedUnits(context: PairContext): Finding[] {
  const findings: Finding[] = [];
  for (const hunk of context.hunks) {
    const count = hunk.before[hunk.before.length - 1];
    const [was, ...moreRemoved] = hunk.removed;
    const [now, ...moreAdded] = hunk.added;
    if (!count || !was || !now || moreRemoved.length || moreAdded.length || numberValue(count, false) === null) continue;
    if (!isUnitNoun(was.norm) || !isUnitNoun(now.norm)) continue;
    // One unit in another spelling or name ("kilometres"/"kilometers", "pounds"/"lb") is the same fact.
    const relation = wordRelation(was.norm, now.norm, { pos: "noun", related: false });
    if (relation === "same" || relation === "synonym") continue;
    findings.push(numberFinding(now, was, `${count.text} ${was.text}`, `${count.text} ${now.text}`, was.text));
  }
  return findings;
}

type NumberToken = { token: Token; value: string };

/**
 * "nine out of 10" restated as "90%" (or the reverse) is the same fact: removes such a
 * ratio and its percentage from both lists.
 */
function dropRestatedRatios(lost: NumberToken[], added: NumberToken[], originalText: string): void {
  for (let i = 0; i + 1 < lost.length; i++) {
    const part = lost[i]!;
    const whole = lost[i + 1]!;
    if (!/^\s+(out of|in|of)\s+$/.test(originalText.slice(part.token.end, whole.token.start))) continue;
    const percent = Math.round((100 * Number(part.value)) / Number(whole.value));
    const match = added.findIndex((n) => Math.round(Number(n.value.replace("%", ""))) === percent);
    if (match === -1 || !Number.isFinite(percent)) continue;
    added.splice(match, 1);
    lost.splice(i, 2);
    i--;
  }
}

/**
 * "half" restated as "50 percent" (either way round) is the same fact: removes the pair.
 * `percents` are the values of the side whose text is `text`.
 */
function dropRestatedFractions(fractions: NumberToken[], percents: NumberToken[], text: string): void {
  for (let i = fractions.length - 1; i >= 0; i--) {
    if (fractions[i]!.token.norm !== "half") continue;
    const match = percents.findIndex((n) => percentOf(n, text) === 50);
    if (match === -1) continue;
    percents.splice(match, 1);
    fractions.splice(i, 1);
  }
}

/** The percentage a number states ("50%", "50 percent", "50 per cent"), or null. */
function percentOf(number: NumberToken, text: string): number | null {
  if (number.value.endsWith("%")) return Number(number.value.slice(0, -1));
  return /^\s*(?:percent|per cent)\b/.test(text.slice(number.token.end, number.token.end + 10)) ? Number(number.value) : null;
}

/**
 * A range on one side whose two ends the other side states apart ("from 5 to 7" / "to 7,
 * from 5") is the same fact: removes the range from `ranges` and its ends from `ends`.
 */
function dropSplitRanges(ranges: NumberToken[], ends: NumberToken[]): void {
  for (let i = ranges.length - 1; i >= 0; i--) {
    const [from, to, ...rest] = ranges[i]!.value.split("-");
    if (rest.length || from === undefined || to === undefined) continue;
    const a = ends.findIndex((n) => n.value === from);
    const b = ends.findIndex((n, k) => k !== a && n.value === to);
    if (a === -1 || b === -1) continue;
    ranges.splice(i, 1);
    for (const k of [a, b].sort((x, y) => y - x)) ends.splice(k, 1);
  }
}

/**
 * Where each token of one side (`removed` or `added`) starts, in hunks whose other side
 * states a number: there an ambiguous word ("second", "one") took a number's place and
 * reads as one ("was third" → "was second"). So it does where both sides have only such
 * words: one took the other's place ("the first case" → "the second case").
 */
function replacingNumbers(context: PairContext, side: "removed" | "added"): Set<number> {
  const other = side === "removed" ? "added" : "removed";
  const states = (tokens: Token[], strict: boolean) => tokens.some((t) => numberValue(t, strict) !== null);
  const starts = new Set<number>();
  for (const hunk of context.hunks) {
    if (states(hunk[other], true) || (states(hunk[other], false) && states(hunk[side], false))) for (const token of hunk[side]) starts.add(token.start);
  }
  return starts;
}

/** The numbers stated in `span`; ambiguous number words count where a number follows or where `loose` holds their start. */
function numberTokens(text: string, span: { start: number; end: number }, loose: Set<number>): NumberToken[] {
  const tokens = joinScaled(text, joinTimes(text, joinSpelledNumbers(text, tokenize(text, span.start, span.end))));
  const numbers: NumberToken[] = [];
  tokens.forEach((token, i) => {
    const nextIsNumber = tokens[i + 1] && numberValue(tokens[i + 1]!) !== null;
    for (const value of numberValuesOf(token, !nextIsNumber && !loose.has(token.start))) numbers.push({ token, value });
  });
  return joinRanges(text, numbers);
}

/** Scale words a number in figures is written with ("1.5 million"). */
const LARGE_SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/**
 * Joins a number and the scale after it into one token whose norm is the whole number, so
 * "1.5 million", "five million" and "1,500,000" compare as the numbers they are.
 */
function joinScaled(text: string, tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const number = tokens[i]!;
    const scale = LARGE_SCALES[tokens[i + 1]?.norm ?? ""];
    const value = scale ? numberValue(number, false) : null;
    const figures = value !== null && /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
    if (!scale || !Number.isFinite(figures)) {
      out.push(number);
      continue;
    }
    const last = tokens[i + 1]!;
    out.push({ start: number.start, end: last.end, text: text.slice(number.start, last.end), norm: String(Math.round(figures * scale)), isWord: true });
    i++;
  }
  return out;
}

/** "a.m."/"pm" and the like after an hour. */
const MERIDIEM = /^(a\.?m\.?|p\.?m\.?)$/i;

/**
 * Joins a clock time into one token whose norm is the time on the 24-hour clock, so "2
 * p.m." states what "14:00" does: an hour with minutes ("14", ":", "00") and or a.m./p.m.
 * ("2", "p.m."). "9am" and "10.30pm" are one token already (numberValue reads them).
 */
function joinTimes(text: string, tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const hour = tokens[i]!;
    if (!/^\d{1,2}$/.test(hour.norm) || Number(hour.norm) > 24 || tokens[i - 1]?.text === ":") {
      out.push(hour);
      continue;
    }
    let end = i;
    let minutes = "00";
    // Minutes after a colon, unless a second colon makes it a duration ("2:14:02").
    if (tokens[i + 1]?.text === ":" && /^\d{2}$/.test(tokens[i + 2]?.norm ?? "") && tokens[i + 3]?.text !== ":") {
      minutes = tokens[i + 2]!.norm;
      end = i + 2;
    }
    const meridiem = MERIDIEM.exec(tokens[end + 1]?.text ?? "")?.[1];
    if (meridiem) end++;
    if (end === i) {
      out.push(hour);
      continue;
    }
    const last = tokens[end]!;
    const clock = clockTime(Number(hour.norm), minutes, meridiem);
    out.push({ start: hour.start, end: last.end, text: text.slice(hour.start, last.end), norm: clock, isWord: true });
    i = end;
  }
  return out;
}

/** What stands between the two ends of a range or score written out: "5 to 7", "6 – 3". */
const RANGE_JOINER = /^\s*(?:to|-|–|—)\s*$/;

/**
 * Joins "5 to 7" and "5–7" into the one value "5-7" that "5-7" states, so a range is
 * compared whole: "6-3" -> "7-2" is one changed score, not two changed numbers.
 */
function joinRanges(text: string, numbers: NumberToken[]): NumberToken[] {
  const out: NumberToken[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const from = numbers[i]!;
    const to = numbers[i + 1];
    const plain = (n: NumberToken) => /^\d+(\.\d+)?%?$/.test(n.value);
    if (to && plain(from) && plain(to) && RANGE_JOINER.test(text.slice(from.token.end, to.token.start))) {
      const [start, end] = [from.token.start, to.token.end];
      const percent = to.value.endsWith("%") && !from.value.endsWith("%") ? "%" : "";
      out.push({ token: { start, end, text: text.slice(start, end), norm: text.slice(start, end).toLowerCase(), isWord: true }, value: `${from.value}${percent}-${to.value}` });
      i++;
    } else out.push(from);
  }
  return out;
}

/** Number words that multiply what comes before them inside one spelled number. */
const SMALL_SCALES: Record<string, number> = { hundred: 100, thousand: 1000 };

/**
 * Joins a spelled number into one token with its digits as text, so "five hundred" states
 * 500 as "500" does, and "two thousand and five" 2005. Million and larger stay apart:
 * "5 million" and "five million" already compare equal word by word.
 */
function joinSpelledNumbers(text: string, tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const run: Token[] = [];
    let total = 0;
    let current = 0;
    let j = i;
    for (; j < tokens.length; j++) {
      const token = tokens[j]!;
      const scale = SMALL_SCALES[token.norm];
      const value = /^\p{L}/u.test(token.norm) ? numberValue(token, false) : null;
      if (scale && run.length) {
        current = Math.max(current, 1) * scale;
        if (scale === 1000) {
          total += current;
          current = 0;
        }
      } else if (value !== null && /^\d+$/.test(value) && Number(value) < 100 && !(token.norm in SMALL_SCALES)) {
        if (current % 100 !== 0 && current > 0 && Number(value) >= 10) break;
        current += Number(value);
      } else if (token.norm === "and" && run.length && SMALL_SCALES[run[run.length - 1]!.norm]) {
        // "two hundred and five": kept only if a number follows.
        const next = tokens[j + 1];
        if (!next || numberValue(next, false) === null) break;
      } else break;
      run.push(token);
    }
    const scaled = run.some((t) => t.norm in SMALL_SCALES);
    const first = run[0];
    const last = run[run.length - 1];
    if (scaled && first && last) {
      const value = String(total + current);
      out.push({ start: first.start, end: last.end, text: text.slice(first.start, last.end), norm: value, isWord: true });
      i = j - 1;
    } else out.push(tokens[i]!);
  }
  return out;
}

/**
 * Items of `from` whose value `against` does not have (as multisets). A value written the
 * same way on both sides is matched first: "Oct. 14" pairs with "Oct. 14", so a changed
 * "August" → "October" elsewhere is the one reported.
 */
function unmatched(from: NumberToken[], against: NumberToken[]): NumberToken[] {
  const left = [...against];
  const take = (match: (n: NumberToken) => boolean) => {
    const at = left.findIndex(match);
    if (at === -1) return false;
    left.splice(at, 1);
    return true;
  };
  const matched = new Set(from.filter((n) => take((m) => m.value === n.value && m.token.text === n.token.text)));
  return from.filter((n) => !matched.has(n) && !take((m) => m.value === n.value));
}
