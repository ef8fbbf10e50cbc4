import type { ResultStore, StoredResultJson } from "./types";

/** Default memory for cached results: the largest result (two 200,000-character texts) is ~7 MB. */
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/**
 * A store whose getJson answers repeat reads from memory: results never change once
 * saved, so a cached copy stays right until the result is deleted or expires, and this
 * wrapper sees both (delete, deleteAsOwner and purgeExpired go through it; expiry is
 * checked on every hit). Least recently read results go first once `maxBytes` is used.
 * Only for a store one process owns (SQLite): with PostgreSQL another instance can
 * delete a result this one would keep serving.
 */
export function withReadCache(store: ResultStore, maxBytes: number = DEFAULT_MAX_BYTES): ResultStore {
  const entries = new Map<string, StoredResultJson>();
  let bytes = 0;

  const forget = (id: string) => {
    const entry = entries.get(id);
    if (!entry) return;
    entries.delete(id);
    bytes -= entry.analysisJson.byteLength;
  };
  const remember = (entry: StoredResultJson) => {
    if (entry.analysisJson.byteLength > maxBytes / 2) return; // one huge result must not flush everything else
    forget(entry.id);
    entries.set(entry.id, entry);
    bytes += entry.analysisJson.byteLength;
    for (const [id] of entries) {
      if (bytes <= maxBytes) break;
      forget(id); // Map order is insertion order: the first is the least recently read
    }
  };
  const isLive = (entry: StoredResultJson, now: Date) => entry.expiresAt === null || Date.parse(entry.expiresAt) > now.getTime();

  return {
    ...store,
    async getJson(id, now = new Date()) {
      const cached = entries.get(id);
      if (cached && isLive(cached, now)) {
        entries.delete(id); // move to the most recently read end
        entries.set(id, cached);
        return cached;
      }
      if (cached) forget(id);
      const read = await store.getJson(id, now);
      if (read) remember(read);
      return read;
    },
    async delete(id, token, now) {
      const outcome = await store.delete(id, token, now);
      if (outcome === "deleted") forget(id);
      return outcome;
    },
    async deleteAsOwner(id, ownerKey, now) {
      const outcome = await store.deleteAsOwner(id, ownerKey, now);
      if (outcome === "deleted") forget(id);
      return outcome;
    },
    async purgeExpired(now) {
      // Expiry may have changed with the retention setting: start afresh.
      entries.clear();
      bytes = 0;
      return store.purgeExpired(now);
    },
  };
}
