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
 * sentences from across the corpus, with every number and every capitalised word inside a
 * sentence replaced by a made-up one, so the archive is full of same-register news that
 * shares the originals' vocabulary but not their facts. Yields one at a time (bounded memory).
 */
export function* generateArticles(topics: readonly CorpusTopic[], count: number, seed = 1): Generator<ArchiveInput> {
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
    const length = 24 + Math.floor(random() * 13);
    const body = Array.from({ length }, () =>
      pick(sentences)
        .replace(/\d[\d,.]*\d|\d/g, () => String(Math.floor(random() * 5000)))
        .replace(/(?<=\s)\p{Lu}\p{Ll}+/gu, () => pick(names)),
    );
    const title = body[0]!.split(" ").slice(0, 8).join(" ");
    yield { title, url: `https://news.example/${seed}/${i}`, published: `20${10 + (i % 16)}-0${1 + (i % 9)}-1${i % 10}`, text: [title, ...body].join("\n\n") };
  }
}

