import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { wordNetExampleSentences } from "./honest-sentences";
import { seededRandom, spinText, widerThesaurus, type Swap } from "./spinner";

/** One honest passage and its spun copy, with every swap the spinner made. */
export type DevPassage = { id: string; source: string; spun: string; swaps: Swap[]; heldOut: boolean };

/** Sentences per passage: about a short news item, so passage verdicts mean something. */
const PASSAGE_SENTENCES = 8;

/**
 * Every fourth passage is held out: never looked at while tuning, reported apart. A fixed
 * rule (not a random draw) so the split is the same on every machine and every run.
 */
const isHeldOutIndex = (index: number) => index % 4 === 3;

/**
 * The spinner-made dev set: WordNet's example sentences in passages of eight, and every
 * eval-corpus original, each run through the thesaurus spinner with a fixed seed; and the
 * originals again through a wider thesaurus (synonyms and relatives).
 * Corpus articles listed in eval/heldout.json stay held out here too.
 */
export function buildDevSet(evalDir: string, { limit = Infinity, seed = 1 } = {}): { wordnet: DevPassage[]; news: DevPassage[]; widerNews: DevPassage[] } {
  const random = seededRandom(seed);
  const sentences = wordNetExampleSentences();
  const wordnet: DevPassage[] = [];
  for (let i = 0; i * PASSAGE_SENTENCES < sentences.length && wordnet.length < limit; i++) {
    const source = sentences.slice(i * PASSAGE_SENTENCES, (i + 1) * PASSAGE_SENTENCES).join(" ");
    const { text, swaps } = spinText(source, random);
    wordnet.push({ id: `wordnet-${i}`, source, spun: text, swaps, heldOut: isHeldOutIndex(i) });
  }
  const heldOutArticles = new Set<string>(JSON.parse(readFileSync(join(evalDir, "heldout.json"), "utf8")).articles);
  const news: DevPassage[] = [];
  for (const article of readdirSync(join(evalDir, "corpus"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const source = readFileSync(join(evalDir, "corpus", article, "original.txt"), "utf8");
    for (let copy = 0; copy < 3; copy++) {
      const { text, swaps } = spinText(source, random);
      news.push({ id: `${article}#${copy}`, source, spun: text, swaps, heldOut: heldOutArticles.has(article) });
    }
  }
  // The same articles through a thesaurus.com-style list, with its own random stream so the
  // sets above stay as they were.
  const widerRandom = seededRandom(seed + 1);
  const widerNews = news.map((passage) => {
    const { text, swaps } = spinText(passage.source, widerRandom, 0.4, widerThesaurus);
    return { ...passage, id: `${passage.id} (wider)`, spun: text, swaps };
  });
  return { wordnet, news, widerNews };
}
