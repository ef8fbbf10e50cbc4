import { DOTTED_ABBREVIATIONS } from "@/lib/lexicon/abbreviations";
import { FUNCTION_WORDS } from "@/lib/lexicon/function-words";
import type { Finding } from "../../types";

/**
 * Typographic damage that article spinners leave when they cut a text into words and glue
 * it back: quotation marks turned around, spaces inside hyphenated names and initialisms,
 * a sentence glued to the one before, "a" before a vowel. Each finding carries the repaired
 * text as its suggestion; offsets are into the whole text.
 *
 * Severity follows how often honest copy shows the same slip: a word split at its hyphen,
 * apostrophe or initials ("e- mail", "Ridge’ s", "U. S.") comes from re-joining tokens, which
 * no keyboard slip produces, so it is medium (none in the eval corpus's 26 honest texts);
 * a wrong "a"/"an" or a missing space after a stop is an ordinary typo, so low.
 */
export function detectTypography(text: string): Finding[] {
  return [
    ...detectReversedQuotes(text),
    ...detectSpacedHyphens(text),
    ...detectSpacedInitials(text),
    ...detectSpacedPossessives(text),
    ...detectMissingSentenceSpace(text),
    ...detectArticleMismatch(text),
  ];
}

const finding = (start: number, end: number, kind: Finding["kind"], severity: Finding["severity"], message: string, suggestion: string): Finding => ({
  kind,
  severity,
  suspect: { start, end },
  original: null,
  message,
  suggestion,
});

/**
 * A closing quotation mark (”) where a quotation opens: no quotation is open at that point
 * of the paragraph (`said,” The Ukraine conflict…”`, `sent a” little number”`). Straight
 * quotes toggle; each paragraph starts closed. The span runs from the word before the mark
 * (when it touches it) to the end of the next word; the suggestion opens the quote properly.
 */
function detectReversedQuotes(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const paragraph of text.matchAll(/[^\n]+/g)) {
    let open = false;
    for (const mark of paragraph[0].matchAll(/["“”]/g)) {
      const at = paragraph.index + mark.index;
      if (mark[0] === "“") open = true;
      else if (mark[0] === '"') open = !open;
      else if (open) open = false;
      else {
        const after = /^(\s*)([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u.exec(text.slice(at + 1, at + 40));
        if (!after) continue;
        // The word before the mark belongs in the span and the suggestion, so the likely
        // wording reads as text ("stated, “More"), never as a fragment of punctuation.
        const before = /([\p{L}\p{N}][\p{L}\p{N}'’-]*)([,:;.!?]?)$/u.exec(text.slice(Math.max(0, at - 40), at));
        const start = before ? at - before[0].length : at;
        const end = at + 1 + after[0].length;
        const lead = before ? `${before[1]}${before[2]} ` : "";
        findings.push(
          finding(start, end, "quote-change", "medium", "A closing quotation mark opens this quotation, a sign the quote passed through a rewriting tool; check its words against the source.", `${lead}“${after[2]}`),
        );
        open = true;
      }
    }
  }
  return findings;
}

/** The function words that end hyphenated compounds ("follow-up", "sit-in", "drop-off", "walk-through"). */
const COMPOUND_PARTICLES = new Set(["up", "in", "out", "off", "on", "down", "over", "by", "through", "under"]);

/** "Thomas- Greenfield", "long- term": a space after a hyphen inside one word. "pre- and post-war" stays. */
function detectSpacedHyphens(text: string): Finding[] {
  const findings: Finding[] = [];
  // Anchored on "- " with the words read around it: a pattern that starts with a word
  // would be tried at every letter of a long article.
  for (const hyphen of text.matchAll(/- (?=\p{L})/gu)) {
    const left = /(?<![\p{L}-])\p{L}+$/u.exec(text.slice(Math.max(0, hyphen.index - 40), hyphen.index))?.[0];
    const right = /^\p{L}+/u.exec(text.slice(hyphen.index + 2, hyphen.index + 42))?.[0];
    if (!left || !right) continue;
    const m = { index: hyphen.index - left.length };
    const whole = `${left}- ${right}`;
    if (/^(and|or|to|nor|but|as)$/i.test(right)) continue;
    // A function word after it makes the hyphen a dash typed short ("two panels- the
    // President's …", "we have worked- without …"); only a particle ends a compound ("follow- up").
    if (FUNCTION_WORDS.has(right.toLowerCase()) && !COMPOUND_PARTICLES.has(right.toLowerCase())) continue;
    const bothNames = /^\p{Lu}/u.test(left) && /^\p{Lu}/u.test(right);
    const bothLower = /^\p{Ll}/u.test(left) && /^\p{Ll}/u.test(right);
    if (!bothNames && !bothLower) continue;
    findings.push(finding(m.index, m.index + whole.length, "garbled-phrase", "medium", `A space after the hyphen splits "${left}-${right}".`, `${left}-${right}`));
  }
  return findings;
}

/** "U. S." for "U.S.": initials of a known dotted abbreviation with spaces between them. */
function detectSpacedInitials(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(/(?<![\p{L}.])((?:\p{Lu}\. ){1,3}\p{Lu}\.)/gu)) {
    const joined = (m[1] ?? "").replace(/ /g, "");
    if (!DOTTED_ABBREVIATIONS.has(joined)) continue;
    findings.push(finding(m.index, m.index + m[0].length, "garbled-phrase", "medium", `Spaces split the abbreviation "${joined}".`, joined));
  }
  return findings;
}

/** "Pine Ridge’ s": a space between the apostrophe and the "s" of a possessive. */
function detectSpacedPossessives(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(/(?<=\p{L})([’']) s(?!\p{L})/gu)) {
    const word = /\p{L}+$/u.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[0] ?? "";
    findings.push(finding(m.index - word.length, m.index + m[0].length, "garbled-phrase", "medium", `A space splits the possessive "${word}${m[1]}s".`, `${word}${m[1]}s`));
  }
  return findings;
}

/**
 * "LLC.On": a sentence glued to the next with no space. The word before has two letters
 * or more and the next starts a capitalised word; web addresses and dotted initials
 * ("U.S.Army" is left alone: its dots are the abbreviation's) do not count.
 */
function detectMissingSentenceSpace(text: string): Finding[] {
  const findings: Finding[] = [];
  // Anchored on the stop itself: patterns that open with a lookbehind or a letter class
  // are tried at every position (50 ms on a 70,000-word article against 1 ms).
  for (const mark of text.matchAll(/[.!?](?=\p{Lu}\p{Ll})/gu)) {
    const left = /(?<![\p{L}.@/])\p{L}{2,}$/u.exec(text.slice(Math.max(0, mark.index - 40), mark.index))?.[0];
    const right = /^\p{Lu}\p{Ll}+(?![\p{L}])/u.exec(text.slice(mark.index + 1, mark.index + 41))?.[0];
    if (!left || !right) continue;
    const stop = mark[0];
    const m = { index: mark.index - left.length };
    const whole = `${left}${stop}${right}`;
    const around = text.slice(Math.max(0, m.index - 30), m.index + whole.length + 10);
    if (/(https?:|www\.|@|\.(com|org|net|gov|io)\b)/i.test(around)) continue;
    findings.push(finding(m.index, m.index + whole.length, "garbled-phrase", "low", `No space after "${left}${stop}": two sentences run together.`, `${left}${stop} ${right}`));
  }
  return findings;
}

/** Lower-case words after "a" that start with a vowel sound; "u" and "eu" words and "one" sound like consonants. */
const VOWEL_SOUND = /^(?!one\b|once\b|eu|u)[aeio]/;
/** Words after "an" that start with a consonant sound; "h" is skipped ("an hour", "an historic"). */
const CONSONANT_SOUND = /^(?!h)[bcdfgjklmnpqrstvwxyz]/;

/** "a eminently exceptional" → "an eminently exceptional", and "an" before a consonant. */
function detectArticleMismatch(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(/\b([Aa]n?) (\p{Ll}[\p{Ll}-]*)/gu)) {
    const [whole, article = "", word = ""] = m;
    const isAn = article.length === 2;
    if (isAn ? !CONSONANT_SOUND.test(word) : !VOWEL_SOUND.test(word)) continue;
    const right = isAn ? article.slice(0, 1) : `${article}n`;
    findings.push(finding(m.index, m.index + whole.length, "garbled-phrase", "low", `"${word}" takes "${right.toLowerCase()}", not "${article.toLowerCase()}".`, `${right} ${word}`));
  }
  return findings;
}
