import { join } from "node:path";
import { getConfig } from "@/lib/config";
import type { ArchiveStore } from "./archive-types";

type ArchiveSlot = { store?: Promise<ArchiveStore> };
const slot = ((globalThis as { __unspunArchive?: ArchiveSlot }).__unspunArchive ??= {});

/**
 * The process's archive, opened on first call on the store the configuration selects:
 * PostgreSQL when DATABASE_URL is set, otherwise UNSPUN_DATA_DIR/archive.db (a file of its
 * own, so a large archive never slows the results' database). A failed open is retried
 * on the next call.
 */
export function getArchiveStore(): Promise<ArchiveStore> {
  slot.store ??= openConfiguredArchive().catch((error: unknown) => {
    slot.store = undefined;
    throw error;
  });
  return slot.store;
}

async function openConfiguredArchive(): Promise<ArchiveStore> {
  const config = getConfig();
  return config.databaseUrl
    ? (await import("./archive-postgres")).openPostgresArchive(config.databaseUrl)
    : (await import("./archive-sqlite")).openSqliteArchive(join(config.dataDir, "archive.db"));
}

/** Closes the archive; the next getArchiveStore() opens it again. */
export async function closeArchiveStore(): Promise<void> {
  const pending = slot.store;
  slot.store = undefined;
  if (pending) await (await pending.catch(() => null))?.close();
}
