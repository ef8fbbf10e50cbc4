import { ConfigError } from "@/lib/config";

/** The limits a link fetch runs under. */
export type FetchPolicy = {
  /** UNSPUN_FETCH_ALLOW_PRIVATE: let links reach loopback and private addresses (tests, an intranet). */
  allowPrivate: boolean;
  /** The most bytes read from a page, after decompression. */
  maxBytes: number;
  /** The whole fetch, redirects included, must finish within this. */
  timeoutMs: number;
  /** Redirects followed before giving up. */
  maxRedirects: number;
  /** Exact addresses allowed even though private (none from the environment; a test's loopback server). */
  allowAddresses?: readonly string[];
};

/** A news article page with its markup and inline scripts is rarely over 2 MB; 5 MB leaves room. */
export const DEFAULT_FETCH_POLICY: FetchPolicy = { allowPrivate: false, maxBytes: 5 * 1024 * 1024, timeoutMs: 10_000, maxRedirects: 5 };

/**
 * The fetch policy from an environment (process.env by default): only
 * UNSPUN_FETCH_ALLOW_PRIVATE is configurable. Throws ConfigError on a value that is not
 * true or false, so a typo never silently opens the private network.
 */
export function fetchPolicyFromEnv(env: Record<string, string | undefined> = process.env): FetchPolicy {
  const raw = env.UNSPUN_FETCH_ALLOW_PRIVATE?.trim().toLowerCase() ?? "";
  if (!["", "1", "true", "yes", "0", "false", "no"].includes(raw)) {
    throw new ConfigError(`Invalid configuration: UNSPUN_FETCH_ALLOW_PRIVATE must be true or false (got ${JSON.stringify(env.UNSPUN_FETCH_ALLOW_PRIVATE)}).`);
  }
  return { ...DEFAULT_FETCH_POLICY, allowPrivate: ["1", "true", "yes"].includes(raw) };
}
