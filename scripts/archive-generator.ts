import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { ArchiveInput } from "@/lib/archive/types";
import { seededRandom } from "./seeded-random";
export { seededRandom };


export type CorpusTopic = { name: string; original: string; spun: string };

/** The eval corpus's topics: each original and its spun copy. */
export function readCorpus(dir = "eval/corpus"): CorpusTopic[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({
      name: entry.name,
      original: readFileSync(join(dir, entry.name, "original.txt"), "utf8"),
      spun: readFileSync(join(dir, entry.name, "spun.txt"), "utf8"),
    }));
}

const SYLLABLES = "ka lo ren tar vi mos del an ber sha ton mi gar ul fen ris co da pel nor".split(" ");

/**
 * Generates `count` distractor articles from the corpus's own sentences: each takes 24–36
 * sentences from across the corpus (or, with `words`, sentences until the article has
 * about that many words), with every number and every capitalised word inside a sentence
 * replaced by a made-up one, so the archive is full of same-register news that shares the
 * originals' vocabulary but not their facts. URLs are `https://news.example/{seed}/{i}`.
 * Yields one at a time (bounded memory).
 */
export function* generateArticles(topics: readonly CorpusTopic[], count: number, seed = 1, options: { words?: number } = {}): Generator<ArchiveInput> {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const sentences = topics.flatMap((t) => t.original.split(/(?<=[.!?”"])\s+|\n+/))
    .filter((s) => s.split(" ").length > 5 && s !== s.toUpperCase() && !s.includes(" — "));
  const name = () => {
    const word = Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES)).join("");
    return word[0]!.toUpperCase() + word.slice(1);
  };
  for (let i = 0; i < count; i++) {
    const names = Array.from({ length: 6 }, name);
    const sentence = () =>
      pick(sentences)
        .replace(/\d[\d,.]*\d|\d/g, () => String(Math.floor(random() * 5000)))
        .replace(/(?<=\s)\p{Lu}\p{Ll}+/gu, () => pick(names));
    const body: string[] = [];
    if (options.words) {
      for (let n = 0; n < options.words; n += body[body.length - 1]!.split(/\s+/).length) body.push(sentence());
    } else {
      const length = 24 + Math.floor(random() * 13);
      while (body.length < length) body.push(sentence());
    }
    const title = body[0]!.split(" ").slice(0, 8).join(" ");
    yield { title, url: `https://news.example/${seed}/${i}`, published: `20${10 + (i % 16)}-0${1 + (i % 9)}-1${i % 10}`, text: [title, ...body].join("\n\n") };
  }
}
