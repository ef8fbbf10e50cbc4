import type { ArchiveStore } from "@/lib/store/archive-types";
import { extractTerms } from "./terms";
import { selectQueryTerms, weighTerms } from "./query-terms";
import { rerankCandidates } from "./rerank";
import type { Candidate } from "./types";

/** Full-text hits reranked per search: the source was in the top 30 hits on every eval pair. */
const HITS_TO_RERANK = 30;
/** Candidates a search returns. */
export const DEFAULT_CANDIDATES = 5;

/**
 * Finds the archive articles `suspectText` was most likely spun from: the database's
 * full-text index proposes HITS_TO_RERANK articles for the suspect's heaviest terms, and
 * rerankCandidates orders them by weighted overlap. Best first; [] for an empty archive
 * or a text with no content words.
 */
export async function searchArchive(store: ArchiveStore, suspectText: string, limit = DEFAULT_CANDIDATES): Promise<Candidate[]> {
  const terms = extractTerms(suspectText);
  const query = selectQueryTerms(weighTerms(terms));
  if (query.length === 0) return [];
  const hits = await store.search(query, Math.max(HITS_TO_RERANK, limit));
  return rerankCandidates(suspectText, terms, hits.map((hit) => hit.article), limit);
}

/**
 * Minimum score and lead over the runner-up for the review to use the best candidate
 * without asking. Spun copies of the eval corpus score ~0.45–0.7 against their source
 * and under 0.2 against other articles; a related story on the same event can score
 * ~0.3, which is why a lead is required too.
 */
export const CLEAR_SOURCE_SCORE = 0.4;
export const CLEAR_SOURCE_LEAD = 1.5;

/** The best candidate when it is clearly the source (see CLEAR_SOURCE_*), else null. */
export function clearSource(candidates: readonly Candidate[]): Candidate | null {
  const [best, second] = candidates;
  if (!best || best.score < CLEAR_SOURCE_SCORE) return null;
  if (second && best.score < second.score * CLEAR_SOURCE_LEAD) return null;
  return best;
}

/**
 * Below this score a candidate is not worth an editor's look: against the eval corpus's
 * spun copies, the other 12 originals scored at most 0.135 and the sources 0.54–0.79.
 */
export const MIN_SHOWN_SCORE = 0.2;

/** The candidates worth showing an editor (see MIN_SHOWN_SCORE). */
export function candidatesWorthShowing(candidates: readonly Candidate[]): Candidate[] {
  return candidates.filter((c) => c.score >= MIN_SHOWN_SCORE);
}
