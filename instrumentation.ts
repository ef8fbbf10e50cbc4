/**
 * Runs once when the server starts (Next's instrumentation hook): validates the
 * configuration, so a bad environment variable stops the app at start with a message
 * naming it instead of failing the first request, then opens the result store, which runs
 * migrations and the first purge of expired results.
 */
export async function register(): Promise<void> {
  // The hook also runs in the edge runtime, which has neither SQLite nor PostgreSQL.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getConfig, ConfigError } = await import("@/lib/config");
  try {
    getConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  const { getStore } = await import("@/lib/store");
  try {
    await getStore();
  } catch (error) {
    // Not fatal: PostgreSQL may come up after the app; getStore() retries on the next request.
    console.error(`The result store could not be opened yet: ${error instanceof Error ? error.message : String(error)}`);
  }
}
