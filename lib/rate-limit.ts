import { getConfig } from "@/lib/config";

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type RateLimiter = {
  /** Takes one unit of `key`'s budget when there is one; otherwise says how long to wait. */
  check(key: string, now?: number): RateLimitDecision;
};

/** Above this many tracked clients, clients with a full budget are forgotten. */
const SWEEP_THRESHOLD = 10_000;

/**
 * A per-key token bucket: each client may make `perMinute` requests at once, and its
 * budget refills continuously at `perMinute` a minute. So "60 a minute" allows a burst of
 * 60, then one a second. `perMinute` 0 disables the limit. Memory is bounded: clients
 * whose budget has refilled are dropped once many are tracked.
 */
export function createRateLimiter(perMinute: number): RateLimiter {
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  let lastSweep = 0;

  const sweep = (now: number) => {
    // At most once a minute, so a crowd of active clients costs no O(n) per request.
    if (now - lastSweep < 60_000) return;
    lastSweep = now;
    for (const [key, bucket] of buckets) {
      if (bucket.tokens + (now - bucket.at) * perMs >= perMinute) buckets.delete(key);
    }
  };

  return {
    check(key, now = Date.now()) {
      if (perMinute <= 0) return { allowed: true };
      if (buckets.size > SWEEP_THRESHOLD) sweep(now);
      const bucket = buckets.get(key) ?? { tokens: perMinute, at: now };
      const tokens = Math.min(perMinute, bucket.tokens + Math.max(0, now - bucket.at) * perMs);
      if (tokens >= 1) {
        buckets.set(key, { tokens: tokens - 1, at: now });
        return { allowed: true };
      }
      buckets.set(key, { tokens, at: now });
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
    },
  };
}

const slot = globalThis as { __unspunRateLimiter?: RateLimiter };

/**
 * Counts one analysis request from `clientKey` (see clientKeyFrom in lib/client-address.ts)
 * against UNSPUN_RATE_LIMIT a minute. The form's server action and the JSON API share the
 * budget. Each app instance counts on its own: behind a load balancer with N instances a
 * client may get up to N times the limit.
 */
export function checkRateLimit(clientKey: string, now?: number): RateLimitDecision {
  slot.__unspunRateLimiter ??= createRateLimiter(getConfig().rateLimitPerMinute);
  return slot.__unspunRateLimiter.check(clientKey, now);
}

/** Forgets every client's usage (tests change the limit between cases). */
export function resetRateLimitForTests(): void {
  slot.__unspunRateLimiter = undefined;
}
