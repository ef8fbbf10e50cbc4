/** Next's start-up hook: see lib/startup.ts. */
export async function register(): Promise<void> {
  // The hook also runs for the edge runtime, which has neither SQLite, PostgreSQL nor process.exit.
  if (process.env.NEXT_RUNTIME === "nodejs") await (await import("@/lib/startup")).startServer();
}
