import type { AnalyzeOptions } from "@/lib/analysis-runner/pool";
import { runAnalysisToJson } from "@/lib/analysis-runner/run-analysis";
import { withArchiveSource } from "@/lib/archive/archive-source";
import { clearSource, searchArchive } from "@/lib/archive/search";
import { getArchiveStore } from "@/lib/store/archive-index";
import { archiveAccess } from "./archive-access";

type Input = Parameters<typeof runAnalysisToJson>[0];

/**
 * The home form's analysis, archive first: with the original left empty and this browser
 * holding the archive token, searches the archive; when the best candidate is clearly
 * the source (search.ts clearSource) it becomes the original and the result records it
 * (`archiveSource`, "automatic"). Otherwise, or if the archive fails, the suspect is
 * judged alone as before and the review lists the candidates.
 */
export async function analyseWithArchive(input: Input, options: AnalyzeOptions = {}): Promise<string> {
  if (input.original?.trim() || (await archiveAccess()) !== "open") return runAnalysisToJson(input, options);
  try {
    const store = await getArchiveStore();
    const best = clearSource(await searchArchive(store, input.suspect));
    const article = best && (await store.get(best.id));
    if (best && article) return withArchiveSource(await runAnalysisToJson({ ...input, original: article.text }, options), article, best.score, "automatic");
  } catch (error) {
    console.error("Archive search failed; judging the suspect alone:", error);
  }
  return runAnalysisToJson(input, options);
}
