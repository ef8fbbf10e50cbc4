import { unlockArchiveAction } from "@/app/archive/actions";
import { ARCHIVE_OFF_MESSAGE } from "@/lib/archive/access";
import { Button } from "@/components/ui/button";

/** What the Archive page shows when no UNSPUN_ARCHIVE_TOKEN is configured. */
export function ArchiveOff() {
  return (
    <section aria-labelledby="archive-off" className="mt-6 rounded-md border border-line bg-surface p-4">
      <h2 id="archive-off" className="font-semibold">The archive is off</h2>
      <p className="mt-1 text-sm">{ARCHIVE_OFF_MESSAGE}</p>
      <pre className="mt-2 overflow-x-auto rounded bg-sunken p-2 text-sm">UNSPUN_ARCHIVE_TOKEN=$(openssl rand -hex 24) npm start</pre>
    </section>
  );
}

/** Asks once for the operator's token; the server keeps it in an httpOnly cookie. */
export function ArchiveTokenForm({ wrong }: { wrong: boolean }) {
  return (
    <form action={unlockArchiveAction} className="mt-6 max-w-md rounded-md border border-line bg-surface p-4">
      <label htmlFor="archive-token" className="block font-semibold">Archive token</label>
      <p className="mt-1 text-sm text-muted">The archive is private to the newsroom. Enter the token the operator set as UNSPUN_ARCHIVE_TOKEN; this browser keeps it.</p>
      <input id="archive-token" name="token" type="password" required autoComplete="off" className="mt-2 w-full rounded border border-line bg-canvas px-2 py-1" aria-describedby={wrong ? "archive-token-error" : undefined} />
      {wrong && <p id="archive-token-error" className="mt-1 text-sm text-red-700 dark:text-red-400">That token is not the archive token. Try again.</p>}
      <Button type="submit" variant="primary" className="mt-3">Open the archive</Button>
    </form>
  );
}
