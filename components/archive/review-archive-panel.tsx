import { archiveAccess } from "@/app/archive/archive-access";
import { archiveSourceOf } from "@/lib/archive/archive-source";
import { candidatesWorthShowing, searchArchive } from "@/lib/archive/search";
import type { Analysis } from "@/lib/analysis";
import { getArchiveStore } from "@/lib/store/archive-index";
import { ArchiveSourceNote } from "./archive-source-note";
import { FindOriginalCandidates } from "./find-original-candidates";

/**
 * What the review shows about the archive: the note when the original came from it, or,
 * for a suspect judged alone, the candidates, only to a browser holding the archive
 * token (a share link alone never reveals what else is in the archive).
 */
export async function ReviewArchivePanel({ resultId, analysis }: { resultId: string; analysis: Analysis }) {
  const source = archiveSourceOf(analysis);
  const note = source && <ArchiveSourceNote source={source} />;
  // An automatic choice still lists the runners-up, so the editor can pick another.
  const wantsCandidates = analysis.original === null || source?.how === "automatic";
  if (!wantsCandidates || (await archiveAccess()) !== "open") return note;
  // The search may fail (database down); the JSX is built outside the try so a render error is not swallowed.
  let candidates: Awaited<ReturnType<typeof searchArchive>>;
  try {
    candidates = candidatesWorthShowing(await searchArchive(await getArchiveStore(), analysis.suspect.text));
  } catch (error) {
    console.error("Archive search failed:", error);
    return note;
  }
  return (
    <>
      {note}
      <FindOriginalCandidates resultId={resultId} candidates={candidates} />
    </>
  );
}
