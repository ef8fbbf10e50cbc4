import { ConfigError, getConfig } from "@/lib/config";
import { fetchPolicyFromEnv } from "@/lib/fetch/fetch-policy";
import { getStore } from "@/lib/store";

/**
 * Server start (called from instrumentation.ts, Node.js runtime only): validates the
 * configuration, so a bad environment variable stops the app at start with a message
 * naming it instead of failing the first request; then opens the result store, which runs
 * migrations and the first purge of expired results.
 */
export async function startServer(): Promise<void> {
  try {
    getConfig();
    fetchPolicyFromEnv(); // UNSPUN_FETCH_ALLOW_PRIVATE: a typo must not wait for the first link
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  const warned = globalThis as { __unspunWarnedBaseUrl?: boolean };
  if (process.env.NODE_ENV === "production" && !getConfig().baseUrl && !warned.__unspunWarnedBaseUrl) {
    warned.__unspunWarnedBaseUrl = true; // the server and Next's start-up hook both call this
    console.warn(
      "UNSPUN_BASE_URL is not set: share links are built from each request's Host header. Set it to the public origin (https://unspun.example.org) so links always point there.",
    );
  }
  try {
    await getStore();
  } catch (error) {
    // Not fatal: PostgreSQL may come up after the app; getStore() retries on the next request.
    console.error(`The result store could not be opened yet: ${error instanceof Error ? error.message : String(error)}`);
  }
}
