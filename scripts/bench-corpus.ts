/**
 * Synthetic article pairs for the benchmark: news-like sentences (names, numbers, a
 * quote now and then) and a spun copy that swaps words for near-synonyms, changes a
 * number in some sentences, reorders a few and drops or adds one now and then. Seeded,
 * so every run measures the same text.
 */
const SUBJECTS = ["The council", "Officials", "The ministry", "Port workers", "The company", "Investigators", "The union", "Residents"];
const VERBS = ["approved", "rejected", "announced", "reviewed", "delayed", "expanded", "questioned", "defended"];
const OBJECTS = ["the harbour budget", "a new bus contract", "the research programme", "the spy agency report", "plans for a bridge", "the water tariff", "a trade agreement", "the press conference schedule"];
const TAILS = ["after a long debate", "despite strong objections", "on Tuesday evening", "in a closed session", "before the summer recess", "at the request of the mayor"];
const NAMES = ["Ana Lima", "Tomas Berg", "Ines Carvalho", "Jae Park", "Omar Haddad", "Lucia Ferro"];
const SWAPS: Record<string, string> = {
  approved: "endorsed", rejected: "dismissed", announced: "declared", reviewed: "examined", delayed: "postponed",
  budget: "spending plan", contract: "agreement", research: "studies", spy: "detective", press: "squeeze", bridge: "overpass",
  debate: "discussion", strong: "powerful", objections: "complaints", evening: "night", session: "meeting",
};

function random(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1664525 + 1013904223) % 4294967296) / 4294967296);
}

/** An original article of about `words` words and a spun copy of it. */
export function makeBenchPair(words: number, seed = 7): { original: string; suspect: string } {
  const next = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const sentences: string[] = [];
  let count = 0;
  while (count < words) {
    const number = 2 + Math.floor(next() * 90);
    const sentence =
      next() < 0.15
        ? `“We will look at ${pick(OBJECTS)} again,” said ${pick(NAMES)}, who oversees ${number} staff.`
        : `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} worth ${number} million euros ${pick(TAILS)}, according to ${pick(NAMES)}.`;
    sentences.push(sentence);
    count += sentence.split(/\s+/).length;
  }
  const spun = sentences.flatMap((sentence) => {
    const roll = next();
    if (roll < 0.03) return []; // dropped
    let out = sentence.replace(/\b[a-z]+\b/g, (word) => (SWAPS[word] && next() < 0.35 ? SWAPS[word]! : word));
    if (next() < 0.1) out = out.replace(/\d+/, (n) => String(Number(n) + 1));
    return roll > 0.97 ? [out, "Analysts said the decision could shape the coming year."] : [out];
  });
  for (let i = 0; i + 1 < spun.length; i += 40) [spun[i], spun[i + 1]] = [spun[i + 1]!, spun[i]!]; // a few reorders
  const paragraphs = (list: string[]) => list.reduce((text, s, i) => text + (i === 0 ? "" : i % 4 === 0 ? "\n\n" : " ") + s, "");
  return { original: paragraphs(sentences), suspect: paragraphs(spun) };
}
