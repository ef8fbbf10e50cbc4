import type { ArchiveStore } from "@/lib/store/archive-types";
import { indexTerms } from "./index-terms";
import type { ArchiveAddOutcome, ArchiveInput } from "./types";

/** Adds articles with their index terms in one store transaction. */
export function addArticles(store: ArchiveStore, inputs: readonly ArchiveInput[], now?: Date): Promise<ArchiveAddOutcome[]> {
  return store.addMany(inputs.map((input) => ({ input, terms: indexTerms(input.text) })), now);
}

/** Feeds a long import to the store batch by batch; `done` hands each batch's outcomes back in order. */
export type ArchiveImporter = {
  /** Queues an article; resolves once it is safe to push the next (at most one batch written ahead). */
  push(input: ArchiveInput): Promise<void>;
  /** Writes what is queued and waits for every write. */
  flush(): Promise<void>;
};

/**
 * An importer that writes `batchSize` articles per transaction with one write in flight:
 * while the store writes batch k, the caller's next articles and their index terms (the
 * CPU-heavy part, ~1 ms an article) are prepared for batch k+1. PostgreSQL writes in its
 * own process, so on two cores the two overlap; SQLite writes synchronously and gains
 * nothing but loses nothing. Memory stays bounded at two batches. A failed write rejects
 * the next push or flush.
 */
export function createArchiveImporter(
  store: ArchiveStore,
  done: (outcomes: ArchiveAddOutcome[], inputs: readonly ArchiveInput[]) => void,
  batchSize = 500,
): ArchiveImporter {
  let pending: { input: ArchiveInput; terms: string }[] = [];
  let writing: Promise<void> = Promise.resolve();
  // Held rather than left in `writing`: a rejection nobody awaits yet would end the process.
  let failure: { error: unknown } | null = null;
  const settle = async () => {
    await writing;
    if (failure) throw failure.error;
  };
  const write = async () => {
    const items = pending;
    pending = [];
    await settle();
    if (items.length === 0) return;
    writing = store.addMany(items).then(
      (outcomes) => done(outcomes, items.map((item) => item.input)),
      (error: unknown) => {
        failure = { error };
      },
    );
  };
  return {
    async push(input) {
      pending.push({ input, terms: indexTerms(input.text) });
      if (pending.length >= batchSize) await write();
    },
    async flush() {
      await write();
      await settle();
    },
  };
}
