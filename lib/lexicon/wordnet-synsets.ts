import { BoundedCache } from "./bounded-cache";
import { findIndexLine, POS_BY_CODE, readDataLine, type WordNetPos } from "./wordnet-files";

/** A pointer from one synset to another ("@" hypernym, "~" hyponym, "&" similar to, ...). */
export type Pointer = { symbol: string; pos: WordNetPos; offset: number };

/**
 * One WordNet synset: its lemmas (lower-case, spaces for underscores), pointers and gloss.
 * Hyponym pointers ("~", "~i") are counted, not listed: general synsets have hundreds
 * ("group": ~1,000) and no caller walks down the tree, so skipping them keeps a parse cheap.
 */
export type Synset = {
  pos: WordNetPos;
  offset: number;
  lemmas: string[];
  pointers: Pointer[];
  hyponymCount: number;
  /** WordNet's lexicographer file number: 18 is noun.person, 15 noun.location, ... */
  lexFile: number;
  /** The lemmas WordNet writes with a capital, lower-cased like `lemmas`: proper names ("croatia" of "Croatia, Hrvatska"). */
  properLemmas: string[];
  gloss: string;
};

const synsetCache = new BoundedCache<string, Synset | null>(200_000);
const indexCache = new BoundedCache<string, number[]>(200_000);

/**
 * Parses a data.* line: `offset lex_filenum ss_type w_cnt(hex) word lex_id ... p_cnt
 * symbol offset pos source/target ... | gloss`. Adjective lemmas may carry a syntactic
 * marker such as "(p)" that is dropped.
 */
function parseDataLine(pos: WordNetPos, offset: number, line: string): Synset | null {
  const bar = line.indexOf(" | ");
  const fields = (bar === -1 ? line : line.slice(0, bar)).split(" ");
  const wordCount = parseInt(fields[3] ?? "", 16);
  if (!Number.isFinite(wordCount)) return null;
  const lemmas: string[] = [];
  const properLemmas: string[] = [];
  let i = 4;
  for (let w = 0; w < wordCount; w++, i += 2) {
    const word = fields[i];
    if (!word) continue;
    const lemma = word.replace(/\(\w+\)$/, "").replace(/_/g, " ").toLowerCase();
    lemmas.push(lemma);
    if (/^\p{Lu}/u.test(word)) properLemmas.push(lemma);
  }
  const pointerCount = parseInt(fields[i] ?? "0", 10);
  i++;
  const pointers: Pointer[] = [];
  let hyponymCount = 0;
  for (let p = 0; p < pointerCount; p++, i += 4) {
    const symbol = fields[i];
    if (symbol === "~" || symbol === "~i") {
      hyponymCount++;
      continue;
    }
    const target = POS_BY_CODE[fields[i + 2] ?? ""];
    const targetOffset = parseInt(fields[i + 1] ?? "", 10);
    if (symbol && target && Number.isFinite(targetOffset)) pointers.push({ symbol, pos: target, offset: targetOffset });
  }
  const lexFile = parseInt(fields[1] ?? "", 10);
  return { pos, offset, lemmas, properLemmas, pointers, hyponymCount, lexFile, gloss: bar === -1 ? "" : line.slice(bar + 3).trim() };
}

/** The synset at `offset` in data.<pos>, parsed once and cached. */
export function readSynset(pos: WordNetPos, offset: number): Synset | null {
  const key = `${pos}:${offset}`;
  let synset = synsetCache.get(key);
  if (synset === undefined) {
    const line = readDataLine(pos, offset);
    synset = line ? parseDataLine(pos, offset, line) : null;
    synsetCache.set(key, synset);
  }
  return synset;
}

/**
 * The synset offsets of a lemma in one part of speech, most frequent sense first (the
 * order of index.* lines). `lemma` may contain spaces; WordNet stores them as underscores.
 */
export function synsetOffsets(pos: WordNetPos, lemma: string): number[] {
  const key = lemma.trim().toLowerCase().replace(/ +/g, "_");
  const cacheKey = `${pos}:${key}`;
  let offsets = indexCache.get(cacheKey);
  if (!offsets) {
    const line = findIndexLine(pos, key);
    offsets = [];
    if (line) {
      // lemma pos synset_cnt p_cnt [ptr_symbol]... sense_cnt tagsense_cnt offsets...
      const fields = line.trim().split(" ");
      const synsetCount = parseInt(fields[2] ?? "0", 10);
      offsets = fields.slice(fields.length - synsetCount).map((f) => parseInt(f, 10));
    }
    indexCache.set(cacheKey, offsets);
  }
  return offsets;
}

/** The synsets of a lemma in one part of speech, most frequent sense first. */
export function synsetsOf(pos: WordNetPos, lemma: string): Synset[] {
  return synsetOffsets(pos, lemma)
    .map((offset) => readSynset(pos, offset))
    .filter((s): s is Synset => s !== null);
}

const hyponymCache = new BoundedCache<string, number[]>(50_000);

/**
 * The offsets of a synset's hyponyms ("clergyman" → minister, priest, chaplain, …), read
 * from its data line on demand: Synset leaves them out to keep every parse cheap.
 */
export function hyponymOffsets(pos: WordNetPos, offset: number): number[] {
  const key = `${pos}:${offset}`;
  let found = hyponymCache.get(key);
  if (!found) {
    found = [];
    const line = readDataLine(pos, offset);
    const bar = line?.indexOf(" | ") ?? -1;
    const fields = (line && bar !== -1 ? line.slice(0, bar) : line ?? "").split(" ");
    const wordCount = parseInt(fields[3] ?? "", 16);
    let i = 4 + 2 * (Number.isFinite(wordCount) ? wordCount : 0);
    const pointerCount = parseInt(fields[i] ?? "0", 10);
    i++;
    for (let p = 0; p < pointerCount; p++, i += 4) {
      if (fields[i] === "~" && POS_BY_CODE[fields[i + 2] ?? ""] === pos) found.push(parseInt(fields[i + 1] ?? "", 10));
    }
    hyponymCache.set(key, found);
  }
  return found;
}
