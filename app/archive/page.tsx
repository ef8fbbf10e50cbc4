import type { Metadata } from "next";
import { ArchiveList } from "@/components/archive/archive-list";
import { ArchiveOff, ArchiveTokenForm } from "@/components/archive/archive-token-form";
import { ArchiveUpload } from "@/components/archive/archive-upload";
import { getArchiveStore } from "@/lib/store/archive-index";
import { archiveAccess } from "./archive-access";
import { lockArchiveAction } from "./actions";

export const metadata: Metadata = { title: "Archive", robots: { index: false, follow: false } };

const PAGE = 100;

/** The archive of originals: add articles, see and delete them. Needs the operator's token. */
export default async function ArchivePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const access = await archiveAccess();
  const offset = Math.max(0, Number(params.offset) || 0);
  return (
    <div className="mx-auto max-w-5xl px-4 py-6 sm:px-6">
      <h1 className="text-2xl font-semibold tracking-tight">Archive of originals</h1>
      <p className="mt-2 max-w-3xl text-muted">
        Articles here are searched when a suspect is analysed without an original: Unspun proposes the stories it was most likely spun from.
      </p>
      {access === "off" && <ArchiveOff />}
      {access === "locked" && <ArchiveTokenForm wrong={params.token === "wrong"} />}
      {access === "open" && (
        <>
          <ArchiveUpload />
          <ArchiveList page={await (await getArchiveStore()).list({ limit: PAGE, offset })} offset={offset} pageSize={PAGE} deleted={params.deleted === "1"} />
          <form action={lockArchiveAction} className="mt-6">
            <button type="submit" className="text-sm text-muted underline">Forget the archive token in this browser</button>
          </form>
        </>
      )}
    </div>
  );
}
