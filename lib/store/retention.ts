const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When a result created at `createdAt` expires: `retentionDays` later, or null when
 * `retentionDays` is 0 (kept forever).
 */
export function expiryFor(createdAt: Date, retentionDays: number): Date | null {
  if (retentionDays <= 0) return null;
  return new Date(createdAt.getTime() + retentionDays * DAY_MS);
}

/**
 * How often a running app purges expired results. Expired results are already hidden from
 * reads, so this only bounds how long their text stays on disk after expiry.
 */
export const PURGE_INTERVAL_MS = 60 * 60 * 1000;
