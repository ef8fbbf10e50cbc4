import { extractTerms, type Term } from "./terms";
import { weighTerms } from "./query-terms";
import { collectEvidence } from "./evidence";
import type { ArchiveArticle, Candidate } from "./types";
import { BoundedCache } from "@/lib/lexicon/bounded-cache";

/**
 * Weighted terms of recently ranked articles, by id and version: the same few articles
 * come back for every view of a review and every search on the same story. 2,000
 * articles of ~350 distinct terms is a few MB.
 */
const articleWeights = new BoundedCache<string, Map<string, number>>(2_000);

function weightsOf(article: ArchiveArticle): Map<string, number> {
  const key = `${article.id}:${article.updatedAt}`;
  let weights = articleWeights.get(key);
  if (!weights) {
    weights = weighTerms(extractTerms(article.text));
    articleWeights.set(key, weights);
  }
  return weights;
}

/**
 * How similar two weighted term sets are: the weighted F1 of what they share, 0..1.
 * Recall (the suspect's weight found in the candidate) alone would favour long articles;
 * precision alone, short ones; F1 favours the article that is this text, respun.
 */
export function weightedOverlap(suspect: ReadonlyMap<string, number>, candidate: ReadonlyMap<string, number>): number {
  let shared = 0;
  let suspectTotal = 0;
  let candidateTotal = 0;
  for (const [term, weight] of suspect) {
    suspectTotal += weight;
    const other = candidate.get(term);
    if (other !== undefined) shared += Math.min(weight, other);
  }
  for (const weight of candidate.values()) candidateTotal += weight;
  if (shared === 0) return 0;
  const recall = shared / suspectTotal;
  const precision = shared / candidateTotal;
  return (2 * recall * precision) / (recall + precision);
}

/**
 * Scores full-text hits against the suspect and returns the best `limit` (all by default)
 * with a score above 0, best first, with evidence (gathered for those only). `suspectTerms`
 * is extractTerms(suspectText), passed in because the caller built the query from it already.
 */
export function rerankCandidates(suspectText: string, suspectTerms: readonly Term[], articles: readonly ArchiveArticle[], limit = articles.length): Candidate[] {
  const suspectWeights = weighTerms(suspectTerms);
  const scored = articles.map((article) => {
    const weights = weightsOf(article);
    const score = weightedOverlap(suspectWeights, weights);
    return { article, score, terms: new Set(weights.keys()) };
  });
  scored.sort((a, b) => b.score - a.score || (a.article.id < b.article.id ? -1 : 1));
  // Above 0 once rounded as shown.
  return scored.filter((s) => Math.round(s.score * 1000) > 0).slice(0, limit).map(({ article, score, terms }) => ({
    id: article.id,
    title: article.title,
    url: article.url,
    published: article.published,
    score: Math.round(score * 1000) / 1000,
    evidence: collectEvidence(suspectTerms, suspectText, terms, article.text),
  }));
}
