import { describe, expect, it } from "vitest";
import { TOKEN_PATTERN, tokenize, type Token } from "./tokens";

/** The tokenizer as TOKEN_PATTERN defines it, matched with the regex itself. */
function tokenizeByPattern(text: string, start: number, end: number): Omit<Token, "norm">[] {
  const pattern = new RegExp(TOKEN_PATTERN.source, TOKEN_PATTERN.flags);
  const tokens: Omit<Token, "norm">[] = [];
  pattern.lastIndex = start;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null && match.index < end) {
    let value = match[0];
    if (match.index + value.length > end) {
      value = value.slice(0, end - match.index);
      pattern.lastIndex = end;
    }
    if (value.length > 1 && value.endsWith(".") && !/\..*\.$/.test(value) && !/^\p{Lu}\.$/u.test(value)) {
      value = value.slice(0, -1);
      pattern.lastIndex = match.index + value.length;
    }
    tokens.push({ start: match.index, end: match.index + value.length, text: value, isWord: /[\p{L}\p{N}]/u.test(value) });
  }
  return tokens;
}

/** Small, seeded, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const PIECES = [
  "a", "Z", "é", "e\u0301", "ß", "Ж", "中", "٣", "7", "'", "’", "-", ".", ",", "“", "”", " ", "  ", "\n", "\r\n", "\t",
  "\u00a0", "\u2009", "\u3000", "😀", "\ud800", "\udc00", "U.S.", "S.", "Jr.", "don't", "one-line", "--", "...", "—", "#", "000", "47,200", "1,2",
];

describe("tokenize", () => {
  it("cuts any text exactly as TOKEN_PATTERN defines, whole or from any span", () => {
    const next = random(42);
    for (let round = 0; round < 3000; round++) {
      const length = 1 + Math.floor(next() * 25);
      const text = Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)]).join("");
      // Spans never split a surrogate pair (sentence spans end at token boundaries).
      const whole = (at: number) => (/[\udc00-\udfff]/.test(text[at] ?? "") && /[\ud800-\udbff]/.test(text[at - 1] ?? "") ? at - 1 : at);
      const start = whole(Math.floor(next() * text.length));
      const end = Math.max(start, whole(start + Math.floor(next() * (text.length - start + 1))));
      const cut = (from: number, to: number) => tokenize(text, from, to).map(({ norm: _norm, ...token }) => token);
      expect(cut(0, text.length), JSON.stringify(text)).toEqual(tokenizeByPattern(text, 0, text.length));
      expect(cut(start, end), `${JSON.stringify(text)} [${start}, ${end})`).toEqual(tokenizeByPattern(text, start, end));
    }
  });

  it("keeps inner apostrophes, hyphens and abbreviation dots, and splits off a final full stop", () => {
    const words = tokenize("The U.S. envoy didn’t re-enter Gaza. S. Jones left.").map((t) => t.text);
    expect(words).toEqual(["The", "U.S.", "envoy", "didn’t", "re-enter", "Gaza", ".", "S.", "Jones", "left", "."]);
  });

  it("keeps a number's thousands together, and nothing else a comma joins", () => {
    const words = tokenize("A record 47,200 finished, up from 1,234,567.5 in 2019,and 1,2,3 or 7,0000.").map((t) => t.text);
    expect(words).toEqual(["A", "record", "47,200", "finished", ",", "up", "from", "1,234,567.5", "in", "2019", ",", "and", "1", ",", "2", ",", "3", "or", "7", ",", "0000", "."]);
  });

  it("folds case, curly apostrophes and dashes in the compared form", () => {
    expect(tokenize("Didn’t “Gaza” —").map((t) => t.norm)).toEqual(["didn't", '"', "gaza", '"', "-"]);
  });
});
