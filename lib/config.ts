import { z } from "zod";
import { DEFAULT_MAX_CHARS } from "@/lib/validation";

/**
 * The app's configuration: environment variables, validated once by zod. A bad value stops
 * the app with one message that names the variable (see ../shared/analysis-contract.md).
 */
export type Config = {
  /** Where the SQLite database lives (UNSPUN_DATA_DIR, default ./data). */
  dataDir: string;
  /** PostgreSQL connection string; when set, results are stored there. */
  databaseUrl: string | null;
  /** Public origin used in share URLs, without a trailing slash; null: the request's origin. */
  baseUrl: string | null;
  /** The most characters accepted per text. */
  maxChars: number;
  /** Days a result is kept; 0 keeps results forever. */
  retentionDays: number;
  /** Analyses a client may create per minute; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** The port `npm start` listens on. */
  port: number;
  /** UNSPUN_TRUST_PROXY: key the rate limit on X-Forwarded-For (behind a reverse proxy). */
  trustProxy: boolean;
  /** Worker threads that run analyses in `npm start`; null: one per CPU core; 0: none. */
  analysisWorkers: number | null;
  /** UNSPUN_ANALYSIS_TIMEOUT_MS: longest one analysis may run on a worker before it is stopped (422). */
  analysisTimeoutMs: number;
  /** UNSPUN_ANALYSIS_QUEUE: most analyses waiting for a worker; beyond it, 503 with Retry-After. */
  analysisQueue: number;
  /** UNSPUN_PAGE_RATE_LIMIT: review pages a client may load per minute; 0 turns the limit off. */
  pageRateLimitPerMinute: number;
};

/** Below this a normal news article would not fit, so a smaller limit is surely a typo. */
export const MIN_MAX_CHARS = 1_000;
/**
 * Two texts of this many characters, at up to 3 bytes a character, still fit the 8 MB
 * server-action body limit in next.config.js.
 */
export const MAX_MAX_CHARS = 1_000_000;

/** Unset and empty are the same: `FOO= npm start` should mean "use the default". */
const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

/** A whole number from an environment string, with a message that names the range. */
function wholeNumber(name: string, min: number, max: number, fallback: number) {
  const range = `${min.toLocaleString("en-US")} to ${max.toLocaleString("en-US")}`;
  const message = `${name} must be a whole number from ${range}`;
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^\d+$/, { error: message })
      .transform(Number)
      .pipe(z.number().int().min(min, { error: message }).max(max, { error: message }))
      .default(fallback),
  );
}

const WORKERS_MESSAGE = "UNSPUN_ANALYSIS_WORKERS must be a whole number from 0 to 64";

const envSchema = z.object({
  UNSPUN_DATA_DIR: z.preprocess(blankToUndefined, z.string().default("./data")),
  DATABASE_URL: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^postgres(ql)?:\/\/\S+$/, {
        error: "DATABASE_URL must be a PostgreSQL connection string (postgres://user:password@host:port/database)",
      })
      .nullable()
      .default(null),
  ),
  UNSPUN_BASE_URL: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .transform((value, ctx) => {
        const origin = toOrigin(value);
        if (!origin) {
          ctx.addIssue({
            code: "custom",
            message: "UNSPUN_BASE_URL must be an http(s) origin such as https://unspun.example.org",
          });
          return z.NEVER;
        }
        return origin;
      })
      .nullable()
      .default(null),
  ),
  UNSPUN_MAX_CHARS: wholeNumber("UNSPUN_MAX_CHARS", MIN_MAX_CHARS, MAX_MAX_CHARS, DEFAULT_MAX_CHARS),
  UNSPUN_RETENTION_DAYS: wholeNumber("UNSPUN_RETENTION_DAYS", 0, 36_500, 30),
  UNSPUN_RATE_LIMIT: wholeNumber("UNSPUN_RATE_LIMIT", 0, 1_000_000, 60),
  PORT: wholeNumber("PORT", 1, 65_535, 3000),
  UNSPUN_TRUST_PROXY: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.enum(["1", "true", "yes", "0", "false", "no"], { error: "UNSPUN_TRUST_PROXY must be true or false" }))
      .transform((value) => ["1", "true", "yes"].includes(value))
      .default(false),
  ),
  UNSPUN_ANALYSIS_TIMEOUT_MS: wholeNumber("UNSPUN_ANALYSIS_TIMEOUT_MS", 1_000, 600_000, 20_000),
  UNSPUN_ANALYSIS_QUEUE: wholeNumber("UNSPUN_ANALYSIS_QUEUE", 1, 100_000, 64),
  // Generous: an editor paging through results never meets it; a script hammering one link does.
  UNSPUN_PAGE_RATE_LIMIT: wholeNumber("UNSPUN_PAGE_RATE_LIMIT", 0, 1_000_000, 300),
  // Unset means "one per core", which only the server process can count.
  UNSPUN_ANALYSIS_WORKERS: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^\d+$/, { error: WORKERS_MESSAGE })
      .transform(Number)
      .pipe(z.number().int().max(64, { error: WORKERS_MESSAGE }))
      .nullable()
      .default(null),
  ),
});

/** "https://x.org/" or "https://x.org" → "https://x.org"; anything with a path or not http(s) → null. */
function toOrigin(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (url.pathname !== "/" || url.search || url.hash || url.username || url.password) return null;
  return url.origin;
}

/** Thrown when an environment variable has a bad value; the message names the variable. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * Parses configuration from an environment (process.env by default). Pure: tests call it
 * with their own object. Throws ConfigError naming every bad variable and the value given.
 */
export function parseConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "configuration");
      const message = issue.message.startsWith(name) ? issue.message : `${name} is invalid: ${issue.message}`;
      // A connection string may hold a password: never echo it into logs.
      if (name === "DATABASE_URL") return `${message}.`;
      return `${message} (got ${JSON.stringify(env[name])}).`;
    });
    throw new ConfigError(`Invalid configuration: ${problems.join(" ")}`);
  }
  const env_ = parsed.data;
  return {
    dataDir: env_.UNSPUN_DATA_DIR,
    databaseUrl: env_.DATABASE_URL,
    baseUrl: env_.UNSPUN_BASE_URL,
    maxChars: env_.UNSPUN_MAX_CHARS,
    retentionDays: env_.UNSPUN_RETENTION_DAYS,
    rateLimitPerMinute: env_.UNSPUN_RATE_LIMIT,
    port: env_.PORT,
    trustProxy: env_.UNSPUN_TRUST_PROXY,
    analysisWorkers: env_.UNSPUN_ANALYSIS_WORKERS,
    analysisTimeoutMs: env_.UNSPUN_ANALYSIS_TIMEOUT_MS,
    analysisQueue: env_.UNSPUN_ANALYSIS_QUEUE,
    pageRateLimitPerMinute: env_.UNSPUN_PAGE_RATE_LIMIT,
  };
}

let cached: Config | undefined;

/**
 * The configuration of this process, parsed from process.env on first call and memoised
 * ("read once at start"). Throws ConfigError on a bad value.
 */
export function getConfig(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}

/** Forgets the memoised configuration so tests can change process.env between cases. */
export function resetConfigForTests(): void {
  cached = undefined;
}
