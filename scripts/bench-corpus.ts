import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";

const CORPUS = new URL("../eval/corpus/", import.meta.url).pathname;

/**
 * Article pairs for the benchmark, built from the eval corpus (real prose we wrote, with
 * real spinner damage): the originals and their spun copies, article after article, until
 * each side has about `words` words. Each pass renumbers the figures and renames the
 * people slightly so repeated articles are not identical text, as in a real archive.
 */
export function makeBenchPair(words: number): { original: string; suspect: string } {
  const articles = readdirSync(CORPUS)
    .map((name) => join(CORPUS, name))
    .filter((dir) => existsSync(join(dir, "original.txt")) && existsSync(join(dir, "spun.txt")))
    .map((dir) => ({ original: readFileSync(join(dir, "original.txt"), "utf8"), spun: readFileSync(join(dir, "spun.txt"), "utf8") }));
  if (articles.length === 0) throw new Error(`No articles in ${CORPUS}`);
  const original: string[] = [];
  const suspect: string[] = [];
  let count = 0;
  for (let pass = 0; count < words; pass++) {
    const vary = (text: string) => text.replace(/\b\d+\b/g, (n) => String(Number(n) + pass)).replace(/\b([A-Z][a-z]{3,})\b/g, (name) => (pass % 2 ? name : `${name}${"ae"[pass % 2]}`));
    for (const article of articles) {
      if (count >= words) break;
      original.push(vary(article.original));
      suspect.push(vary(article.spun));
      count += article.original.split(/\s+/).length;
    }
  }
  return { original: original.join("\n\n"), suspect: suspect.join("\n\n") };
}
