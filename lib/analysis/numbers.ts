import type { Token } from "./1-segment/tokens";

const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, trillion: 1e12,
  dozen: 12, half: 0.5, first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7,
  eighth: 8, ninth: 9, tenth: 10,
};
/**
 * Words that multiply ("doubled", "tripling", "halved", "twice"): their value is the factor,
 * so "doubled" → "tripled" is a changed number and "twice" → "two times" is not.
 */
const MULTIPLIER = /^(?:(doubl|tripl|quadrupl)(?:e|ed|es|ing)|(halv)(?:e|ed|es|ing)|(twice|thrice))$/;
const FACTORS: Record<string, string> = { doubl: "2", tripl: "3", quadrupl: "4", halv: "0.5", twice: "2", thrice: "3" };

const CALENDAR_WORDS = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "january", "february", "march", "april", "june", "july", "august", "september", "october",
  "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);

/** A month's abbreviation states the month: "Sept." is "September". */
const MONTH_ABBREVIATIONS: Record<string, string> = {
  jan: "january", feb: "february", mar: "march", apr: "april", jun: "june", jul: "july",
  aug: "august", sep: "september", sept: "september", oct: "october", nov: "november", dec: "december",
};

/**
 * The value a token states, as a comparable string: "5" and "five" both give "5",
 * "1,200" gives "1200", weekday and month names give themselves. "may", "march" and
 * "second" are ambiguous and count only when capitalised ("May", "March") or next to a
 * number; the caller passes `strict` false for that context. Null when not a number/date.
 */
export function numberValue(token: Token, strict = true): string | null {
  const norm = token.norm;
  const first = norm.charCodeAt(0);
  // Most tokens are neither digits nor number or calendar words: answer those at once.
  // d, h, q, t: the letters a factor word starts with ("doubled", "halved", "twice").
  if (first === 100 || first === 104 || first === 113 || first === 116) {
    const multiplier = MULTIPLIER.exec(norm);
    if (multiplier) return FACTORS[multiplier[1] ?? multiplier[2] ?? multiplier[3]!]!;
  }
  if (!(first >= 48 && first <= 57) && !(norm in NUMBER_WORDS) && !(norm.includes("-") && norm.split("-")[0]! in NUMBER_WORDS) && !CALENDAR_WORDS.has(norm) && norm !== "may" && norm !== "march") return null;
  if (/^\d[\d,]*(\.\d+)?%?$/.test(norm)) return norm.replace(/,/g, "").replace(/^0+(?=\d)/, "");
  // A clock time: "14:00" as joined by number-change, "9am" and "10.30pm" as written.
  if (/^\d{2}:\d{2}$/.test(norm)) return norm;
  const time = /^(\d{1,2})(?:[:.](\d{2}))?(am|pm)$/.exec(norm);
  if (time) return clockTime(Number(time[1]), time[2] ?? "00", time[3]);
  if (/^\d+(st|nd|rd|th|s)$/.test(norm)) return norm.replace(/(st|nd|rd|th)$/, "");
  if (norm.includes("-")) return compoundValue(norm) ?? measureValue(norm, strict);
  if (norm in NUMBER_WORDS) return wordValue(norm, strict);
  if (CALENDAR_WORDS.has(norm)) return MONTH_ABBREVIATIONS[norm] ?? norm;
  if ((norm === "may" || norm === "march") && /^\p{Lu}/u.test(token.text)) return norm;
  return null;
}

/** "one of them", "the first to", "half the town": these read as numbers only next to one. */
const AMBIGUOUS_NUMBER_WORDS = new Set(["one", "second", "first", "half"]);

function wordValue(norm: string, strict: boolean): string | null {
  return strict && AMBIGUOUS_NUMBER_WORDS.has(norm) ? null : String(NUMBER_WORDS[norm]);
}

/**
 * A number joined to the unit it counts: "260-kilometre" -> "260", "four-year" -> "4",
 * "9-year-old" -> "9". Written either way ("a four- year restoration"), the count is the fact.
 */
function measureValue(norm: string, strict: boolean): string | null {
  const m = /^(\d[\d,]*(?:\.\d+)?|[a-z]+)((?:-[a-z]+)+)$/.exec(norm);
  if (!m) return null;
  const count = m[1]!;
  if (/^\d/.test(count)) return count.replace(/,/g, "");
  return count in NUMBER_WORDS ? wordValue(count, strict) : null;
}

/** "twenty-five" -> "25", "twenty-first" -> "21": tens and a unit joined by a hyphen. Null otherwise. */
function compoundValue(norm: string): string | null {
  const [tens, unit, ...rest] = norm.split("-");
  if (rest.length || tens === undefined || unit === undefined) return null;
  const t = NUMBER_WORDS[tens];
  const u = NUMBER_WORDS[unit];
  if (t === undefined || u === undefined || t < 20 || t > 90 || t % 10 !== 0 || u < 1 || u > 9) return null;
  return String(t + u);
}

/**
 * Every value a token states: one for most ("5", "five"); a range or score written as one
 * word gives both ends as one value ("5-7" -> "5-7", "1990-95" -> "1990-1995"), which the
 * caller also builds from "5 to 7" and "5 – 7"; none for a word that is no number.
 */
export function numberValuesOf(token: Token, strict = true): string[] {
  const range = /^(\d[\d,]*(?:\.\d+)?)(%?)-(\d[\d,]*(?:\.\d+)?)(%?)$/.exec(token.norm);
  if (range) {
    const from = range[1]!.replace(/,/g, "");
    let to = range[3]!.replace(/,/g, "");
    // "1990-95": the second year keeps the first one's century.
    if (from.length === 4 && to.length === 2) to = from.slice(0, 2) + to;
    const percent = range[2] || range[4];
    return [`${from}${percent}-${to}${percent}`];
  }
  const value = numberValue(token, strict);
  return value === null ? [] : [value];
}

/** The number and date values in a token run, in order. */
export function numberValues(tokens: Token[]): string[] {
  return tokens.map((t) => numberValue(t)).filter((v): v is string => v !== null);
}

/** Where words that place a date relative to now put it: before, now, after. */
const RELATIVE_DATE: Record<string, number> = { last: -1, previous: -1, past: -1, this: 0, next: 1, coming: 1 };

/**
 * Where `word` places a date relative to now ("last" −1, "this" 0, "next" +1), when it
 * stands before a unit of time ("last year"); null for any other word.
 */
export function relativeDateOffset(word: string): number | null {
  return RELATIVE_DATE[word] ?? null;
}

/** "14:00" for 2 p.m., "09:30" for 9:30 a.m.: a time on the 24-hour clock. */
export function clockTime(hour: number, minutes: string, meridiem?: string): string {
  const pm = !!meridiem && /^p/i.test(meridiem);
  const h = meridiem ? (hour % 12) + (pm ? 12 : 0) : hour;
  return `${String(h).padStart(2, "0")}:${minutes}`;
}
