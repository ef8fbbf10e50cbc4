import type { ResultStore, StoredResultJson } from "./types";

/** Default memory for cached results: the largest result (two 200,000-character texts) is ~7 MB. */
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/**
 * A shared store's check (isLive) that has not answered in this long is not waited for when
 * the result was confirmed live recently (STALE_OK_MS): a healthy check takes ~1 ms, so
 * this is a database that hangs or a machine that is very busy.
 */
const CHECK_WAIT_MS = 50;

/**
 * How long after its last confirmation a cached result of a shared store may still be
 * served while the database does not answer (fails, hangs, or is slow). This is the price:
 * a result deleted (or expired) through another instance can go on being served by this
 * one for up to this long, and only while the database cannot say so; a deletion through
 * this instance is seen at once, and a result never confirmed is never served. 10 s covers
 * the soak's 5 s PostgreSQL pause plus the 2 s query timeout.
 */
const STALE_OK_MS = 10_000;

/** Checks in flight at once for a shared store: a hung database must not take every pooled connection (saves need some). */
const MAX_CHECKS_IN_FLIGHT = 4;

export type ReadCacheOptions = {
  /** Memory for cached analyses, in bytes of their JSON; default 64 MB. */
  maxBytes?: number;
  /**
   * The store is shared with other instances (PostgreSQL), which may delete what this one
   * holds: every hit is checked with isLive first, except as STALE_OK_MS allows.
   */
  shared?: boolean;
  /**
   * Told when results stop being readable through this store: an id deleted through it,
   * or null when the purge runs (any result may have expired). Caches of what is derived
   * from results (the production server's rendered review pages) forget theirs.
   */
  onGone?: (id: string | null) => void;
};

type Entry = { result: StoredResultJson; confirmedAt: number };

/**
 * A store whose getJson answers repeat reads from memory: results never change once
 * saved, so a cached copy stays right until the result is deleted or expires. This
 * wrapper sees deletes made through it (delete, deleteAsOwner and purgeExpired), expiry is
 * checked on every hit, and for a `shared` store a hit is confirmed with the store's cheap
 * isLive (no body) before it is served, so a delete through another instance shows too.
 * Least recently read results go first once `maxBytes` is used. A hit returns the same
 * object each time, so what is derived from it (a gzipped body) can be kept beside it.
 */
export function withReadCache(store: ResultStore, options: ReadCacheOptions = {}): ResultStore {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const entries = new Map<string, Entry>();
  /** Checks in flight, by id: hits on one result share one check. */
  const checks = new Map<string, Promise<boolean>>();
  let bytes = 0;

  const forget = (id: string) => {
    const entry = entries.get(id);
    if (!entry) return;
    entries.delete(id);
    bytes -= entry.result.analysisJson.byteLength;
  };
  const remember = (result: StoredResultJson, now: Date) => {
    if (result.analysisJson.byteLength > maxBytes / 2) return; // one huge result must not flush everything else
    forget(result.id);
    entries.set(result.id, { result, confirmedAt: now.getTime() });
    bytes += result.analysisJson.byteLength;
    for (const [id] of entries) {
      if (bytes <= maxBytes) break;
      forget(id); // Map order is insertion order: the first is the least recently read
    }
  };
  const gone = (id: string) => {
    forget(id);
    options.onGone?.(id);
  };
  const isLive = (result: StoredResultJson, now: Date) => result.expiresAt === null || Date.parse(result.expiresAt) > now.getTime();

  /** Starts (or joins) the isLive check of a cached entry; it forgets the entry when the answer is no. */
  const check = (entry: Entry, now: Date): Promise<boolean> | null => {
    const id = entry.result.id;
    const running = checks.get(id);
    if (running) return running;
    if (checks.size >= MAX_CHECKS_IN_FLIGHT) return null;
    const started = store.isLive(id, now).then((live) => {
      if (!live) forget(id);
      else entry.confirmedAt = Math.max(entry.confirmedAt, now.getTime());
      return live;
    });
    checks.set(id, started);
    void started.catch(() => undefined).finally(() => checks.delete(id));
    return started;
  };

  /** A shared store's hit: served when confirmed, or when recently confirmed and the check fails, is slow or cannot start. */
  const confirmed = async (entry: Entry, now: Date): Promise<StoredResultJson | null> => {
    const recent = now.getTime() - entry.confirmedAt <= STALE_OK_MS;
    const pending = check(entry, now);
    if (!pending) {
      if (recent || (await store.isLive(entry.result.id, now))) return entry.result;
      gone(entry.result.id);
      return null;
    }
    let timer: NodeJS.Timeout | undefined;
    const waited = await Promise.race([
      pending.then((live) => (live ? "live" : "gone"), () => "failed" as const),
      new Promise<"slow">((resolve) => (timer = setTimeout(resolve, CHECK_WAIT_MS, "slow"))),
    ]);
    clearTimeout(timer);
    if (waited === "live") return entry.result;
    if (waited === "gone") {
      options.onGone?.(entry.result.id);
      return null;
    }
    if (recent) return entry.result;
    return (await pending) ? entry.result : null; // never confirmed lately: its answer (or its error) decides
  };

  return {
    ...store,
    async getJson(id, now = new Date()) {
      const cached = entries.get(id);
      if (cached && isLive(cached.result, now)) {
        entries.delete(id); // move to the most recently read end
        entries.set(id, cached);
        return options.shared ? confirmed(cached, now) : cached.result;
      }
      if (cached) forget(id);
      const read = await store.getJson(id, now);
      if (read) remember(read, now);
      else options.onGone?.(id); // deleted through another instance, or expired
      return read;
    },
    async delete(id, token, now) {
      const outcome = await store.delete(id, token, now);
      if (outcome !== "forbidden") gone(id); // "not-found": another instance deleted it
      return outcome;
    },
    async deleteAsOwner(id, ownerKey, now) {
      const outcome = await store.deleteAsOwner(id, ownerKey, now);
      if (outcome !== "forbidden") gone(id);
      return outcome;
    },
    async purgeExpired(now) {
      // Expiry may have changed with the retention setting: start afresh.
      entries.clear();
      bytes = 0;
      options.onGone?.(null);
      return store.purgeExpired(now);
    },
  };
}
