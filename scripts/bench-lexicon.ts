// Prints what the language data costs a process: load time, resident memory added, and
// lookups per second. `npm run bench:lexicon`. Run it alone: the first load is the
// figure that matters, so each table is loaded exactly once here.
import { wordNeighbours } from "../lib/lexicon/neighbours";
import { loadLanguageModel } from "../lib/lexicon/ngram/index";

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

function measureLoad<T>(label: string, load: () => T): T {
  const rss = process.memoryUsage().rss;
  const start = performance.now();
  const value = load();
  console.log(`${label}: loaded in ${(performance.now() - start).toFixed(0)} ms, +${mb(process.memoryUsage().rss - rss)} resident`);
  return value;
}

function measureRate(label: string, queries: number, run: (i: number) => unknown): void {
  const start = performance.now();
  for (let i = 0; i < queries; i++) run(i);
  const seconds = (performance.now() - start) / 1000;
  console.log(`  ${label}: ${Math.round(queries / seconds).toLocaleString("en-US")}/s (${((seconds / queries) * 1e6).toFixed(2)} µs each)`);
}

// Honest news wording: a seen trigram, a seen bigram with an unseen trigram, unseen pairs.
const text = "the prime minister said on tuesday that the supreme court would hear the case after the spy agency and the detective agency gave evidence to the tribunal about climate alteration".split(" ");
const lm = measureLoad("n-gram model (en-us.lm.bin)", () => loadLanguageModel());
measureRate("unigramLogProb", 1_000_000, (i) => lm.unigramLogProb(text[i % text.length] ?? ""));
measureRate("bigramLogProb", 1_000_000, (i) => lm.bigramLogProb(text[i % text.length] ?? "", text[(i + 1) % text.length] ?? ""));
measureRate("conditionalLogProb (2-word history)", 1_000_000, (i) =>
  lm.conditionalLogProb([text[i % text.length] ?? "", text[(i + 1) % text.length] ?? ""], text[(i + 2) % text.length] ?? ""));
measureRate("phraseLogProb (5 words)", 200_000, (i) => lm.phraseLogProb(text.slice(i % 20, (i % 20) + 5)));

measureLoad("neighbour table (neighbours.bin)", () => wordNeighbours("minister"));
measureRate("wordNeighbours", 200_000, (i) => wordNeighbours(text[i % text.length] ?? ""));
