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
});
