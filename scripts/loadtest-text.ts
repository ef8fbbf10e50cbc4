import { seededRandom } from "./seeded-random";
/**
 * Realistic article pairs for the load test: a news-style original of about `words` words
 * and a spun copy of it, made the way article spinners work (fixed phrases replaced word by
 * word, synonyms swapped, numbers and names sometimes changed, a sentence dropped). Seeded,
 * so a run is repeatable; different seeds give different articles.
 */

const PEOPLE = ["Maria Okafor", "Daniel Reyes", "Priya Natarajan", "Tomas Lindqvist", "Amina Haddad", "Kenji Watanabe"];
const ROLES = ["the finance minister", "a senior official", "the union's spokesperson", "the port authority's director", "an industry analyst"];
const PLACES = ["Rotterdam", "Lagos", "Valparaíso", "Gdańsk", "Mombasa", "Busan"];
const ORGS = ["the transport ministry", "the dockworkers' union", "the central bank", "the harbour board", "the shipping association"];
const THINGS = ["the strike", "the new tariff", "the wage talks", "the container backlog", "the safety inquiry", "the budget review"];

/** Fixed expressions and what a spinner makes of them; the garbled side is what editors must catch. */
const PHRASES: [string, string][] = [
  ["spy agency", "detective agency"],
  ["press conference", "squeeze gathering"],
  ["prime minister", "top clergyman"],
  ["supply chain", "provide chain"],
  ["stock market", "inventory market"],
  ["heavy rain", "weighty rain"],
  ["public transport", "open transport"],
  ["labour market", "work market"],
];
const SYNONYMS: [string, string][] = [
  ["said", "stated"],
  ["warned", "cautioned"],
  ["increase", "rise"],
  ["talks", "negotiations"],
  ["workers", "employees"],
  ["delays", "holdups"],
  ["announced", "declared"],
  ["expected", "anticipated"],
];

const TEMPLATES = [
  "{person}, {role}, said on {day} that {thing} would cost the economy about {n} million dollars a week.",
  "Speaking at a press conference in {place}, {person} warned that the supply chain could not absorb further delays.",
  "{org} announced that {n} workers had joined {thing} since the start of the month.",
  "Officials expected the talks to resume on {day}, although neither side would confirm a time.",
  "The stock market in {place} fell {small} percent after the prime minister declined to comment on {thing}.",
  "According to {org}, heavy rain and the backlog had left {n} containers waiting at the quay.",
  "{person} told reporters that a spy agency report on {thing} had not been shared with {org}.",
  "Analysts said an increase in freight rates was likely if public transport unions joined the action.",
  "“We will not accept a deal that ignores safety,” {person} said outside the offices of {org}.",
  "The labour market has tightened, and {org} said wages in {place} rose {small} percent last year.",
];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];


export type ArticlePair = { original: string; suspect: string };

/** Builds one original of about `words` words (in paragraphs of 3-5 sentences) and its spun copy. */
export function generateArticlePair(seed: number, words = 1000): ArticlePair {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const fill = (template: string) =>
    template
      .replace(/\{person\}/g, () => pick(PEOPLE))
      .replace(/\{role\}/g, () => pick(ROLES))
      .replace(/\{place\}/g, () => pick(PLACES))
      .replace(/\{org\}/g, () => pick(ORGS))
      .replace(/\{thing\}/g, () => pick(THINGS))
      .replace(/\{day\}/g, () => pick(DAYS))
      .replace(/\{n\}/g, () => String(10 + Math.floor(random() * 990)))
      .replace(/\{small\}/g, () => (1 + random() * 9).toFixed(1));
  const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

  const originals: string[] = [];
  let count = 0;
  while (count < words) {
    const sentence = capitalise(fill(pick(TEMPLATES)));
    originals.push(sentence);
    count += sentence.split(/\s+/).length;
  }

  const spun = originals.flatMap((sentence) => {
    if (random() < 0.04) return []; // the spinner dropped it
    let text = sentence;
    for (const [from, to] of PHRASES) if (random() < 0.7) text = text.replaceAll(from, to);
    for (const [from, to] of SYNONYMS) if (random() < 0.5) text = text.replace(new RegExp(`\\b${from}\\b`), to);
    if (random() < 0.05) text = text.replace(/\d+/, (n) => String(Number(n) + 7));
    return [text];
  });

  return { original: toParagraphs(originals, random), suspect: toParagraphs(spun, random) };
}

function toParagraphs(sentences: string[], random: () => number): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; ) {
    const size = 3 + Math.floor(random() * 3);
    paragraphs.push(sentences.slice(i, i + size).join(" "));
    i += size;
  }
  return paragraphs.join("\n\n");
}
