import { join } from "node:path";
import { getConfig } from "@/lib/config";
import { withReadCache } from "./read-cache";
import { PURGE_INTERVAL_MS } from "./retention";
import type { ResultStore } from "./types";

export type { DeleteOutcome, ResultStore, SavedResult, StoredResult } from "./types";

type GoneListener = (id: string | null) => void;
type StoreSlot = { store?: Promise<ResultStore>; purgeTimer?: NodeJS.Timeout; goneListeners?: Set<GoneListener> };

// On globalThis so that Next's dev-mode module reloads reuse one database connection.
const slot = ((globalThis as { __unspunStore?: StoreSlot }).__unspunStore ??= {});

/**
 * The process's result store, opened on first call: PostgreSQL when DATABASE_URL is set,
 * otherwise SQLite in UNSPUN_DATA_DIR/unspun.db. Opening runs migrations and purges expired
 * results, then purges again every hour on a timer that never keeps the process alive.
 * If opening fails (say PostgreSQL is down) the promise rejects and the next call retries.
 */
export function getStore(): Promise<ResultStore> {
  slot.store ??= openConfiguredStore().catch((error: unknown) => {
    slot.store = undefined;
    throw error;
  });
  return slot.store;
}

/**
 * Calls `listener` with a result's id when it is deleted through this process (or found
 * gone on a read), and with null when the purge runs. The production server's page cache
 * (server/review-page-cache.ts) forgets its pages so. The listeners live in the slot on
 * globalThis: the server bundle and Next's bundle each have a copy of this module, and a
 * delete through Next's server action must reach the server's cache.
 */
export function onResultGone(listener: GoneListener): () => void {
  const listeners = (slot.goneListeners ??= new Set());
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function tellGone(id: string | null): void {
  for (const listener of slot.goneListeners ?? []) listener(id);
}

async function openConfiguredStore(): Promise<ResultStore> {
  const config = getConfig();
  // Imported lazily so a deployment only loads the driver it uses.
  // Repeat reads come from memory. This process owns a SQLite file, so it sees every
  // delete; PostgreSQL is shared with other instances, so each hit is confirmed with a
  // look-up by id first (read-cache.ts says what a database outage changes).
  const store = config.databaseUrl
    ? withReadCache(
        await (await import("./postgres")).openPostgresStore({
          connectionString: config.databaseUrl,
          retentionDays: config.retentionDays,
        }),
        { shared: true, onGone: tellGone },
      )
    : withReadCache(
        (await import("./sqlite")).openSqliteStore({
          file: join(config.dataDir, "unspun.db"),
          retentionDays: config.retentionDays,
        }),
        { onGone: tellGone },
      );
  await purgeQuietly(store);
  if (config.retentionDays > 0) {
    slot.purgeTimer = setInterval(() => void purgeQuietly(store), PURGE_INTERVAL_MS);
    slot.purgeTimer.unref();
  }
  return store;
}

/** A failed purge is retried at the next interval; it must never take the app down. */
async function purgeQuietly(store: ResultStore): Promise<void> {
  try {
    await store.purgeExpired();
  } catch (error) {
    console.error(`Purging expired results failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Closes the store and stops the purge timer; the next getStore() opens it again. */
export async function closeStore(): Promise<void> {
  const pending = slot.store;
  slot.store = undefined;
  if (slot.purgeTimer) clearInterval(slot.purgeTimer);
  slot.purgeTimer = undefined;
  if (pending) await (await pending.catch(() => null))?.close();
}
