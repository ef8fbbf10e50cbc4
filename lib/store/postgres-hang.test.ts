import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgresStore } from "./postgres";
import { postgresBackend, type PostgresBackendUnderTest } from "./test-backends";
import { startStallingProxy, type StallingProxy } from "./test-stalling-proxy";
import type { ResultStore } from "./types";

const adminUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!adminUrl)("PostgreSQL store when the database hangs", () => {
  let backend: PostgresBackendUnderTest;
  let proxy: StallingProxy;
  let store: ResultStore;

  beforeAll(async () => {
    backend = await postgresBackend(adminUrl!);
    const target = new URL(backend.connectionString);
    proxy = await startStallingProxy(target.hostname, Number(target.port || 5432));
    const viaProxy = new URL(backend.connectionString);
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    store = await openPostgresStore({ connectionString: viaProxy.toString(), retentionDays: 30, timeoutMs: 1_000 });
  });
  afterAll(async () => {
    await store?.close().catch(() => undefined);
    await proxy?.close();
    await backend?.dispose();
  });

  it("gives up within the timeout with an error marked retryable, then works again once it resumes", async () => {
    const saved = await store.save({ engine: "t", original: null, suspect: { text: "A.", sentences: [] }, alignments: [], findings: [], summary: { verdict: "x", spinScore: 0, counts: {} } });
    proxy.stall();
    const started = Date.now();
    // Both kinds of wait: a query on a pooled connection, and several at once (a new connection and a pool-acquire wait).
    const outcomes = await Promise.allSettled(Array.from({ length: 12 }, () => store.getJson(saved.id)));
    const elapsed = Date.now() - started;
    expect(outcomes.every((o) => o.status === "rejected")).toBe(true);
    for (const outcome of outcomes) expect((outcome as PromiseRejectedResult).reason).toMatchObject({ code: "ETIMEDOUT" });
    expect(elapsed).toBeLessThan(5_000);

    proxy.resume();
    // Recovery without a restart: the connections that timed out were dropped, new ones work.
    let read = null;
    for (let attempt = 0; attempt < 5 && !read; attempt++) read = await store.getJson(saved.id).catch(() => null);
    expect(read?.id).toBe(saved.id);
  }, 20_000);

  it("saves on a fresh connection when the pooled one hangs (a stopped backend), once", async () => {
    const direct = await openPostgresStore({ connectionString: backend.connectionString, retentionDays: 30, timeoutMs: 500, poolSize: 1 });
    const admin = new pg.Client({ connectionString: backend.connectionString });
    await admin.connect();
    const analysis = { engine: "t", original: null, suspect: { text: "A.", sentences: [] }, alignments: [], findings: [], summary: { verdict: "x", spinScore: 0, counts: {} } };
    try {
      await direct.save(analysis); // the pool now holds one connection
      const { rows } = await admin.query<{ pid: number }>(
        "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend' AND state = 'idle'",
      );
      const pids = rows.map((row) => row.pid);
      for (const pid of pids) process.kill(pid, "SIGSTOP");
      let saved;
      try {
        const started = Date.now();
        saved = await direct.save(analysis);
        expect(Date.now() - started).toBeLessThan(2_000);
      } finally {
        for (const pid of pids) process.kill(pid, "SIGCONT");
      }
      await new Promise((resolve) => setTimeout(resolve, 300)); // the resumed backend runs the first try, and fails it
      const { rows: stored } = await admin.query("SELECT id FROM results WHERE id = $1", [saved.id]);
      expect(stored).toHaveLength(1);
      expect((await direct.getJson(saved.id))?.id).toBe(saved.id);
    } finally {
      await admin.end();
      await direct.close();
    }
  }, 20_000);
});
