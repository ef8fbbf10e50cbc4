import { expect, test } from "@playwright/test";
import { spawnServer, type SpawnedServer } from "./support/spawn-server";

/**
 * The JSON API as the production server (`npm start`) answers it: outside Next's pipeline
 * (server/api-fast-path.ts), with analyses on worker threads.
 */
test.describe("the API through the production server", () => {
  test("creates, reads and deletes a result, the analysis the same each time", async ({ request }) => {
    const created = await request.post("/api/analyses", {
      data: { original: "The spy agency said on Monday that talks would resume.", suspect: "The detective agency said on Monday that talks would resume." },
    });
    expect(created.status()).toBe(201);
    expect(created.headers()["x-content-type-options"]).toBe("nosniff");
    expect(created.headers()["content-type"]).toBe("application/json");
    const body = await created.json();
    expect(body.analysis.findings.map((f: { kind: string }) => f.kind)).toContain("garbled-phrase");
    expect(created.headers()["location"]).toBe(`/api/analyses/${body.id}`);

    const read = await request.get(`/api/analyses/${body.id}`);
    expect(read.status()).toBe(200);
    // Revalidated on every view: a repeat read is a 304 with no body, a deleted one a 404.
    expect(read.headers()["cache-control"]).toBe("private, no-cache");
    expect(await read.json()).toEqual({ id: body.id, createdAt: body.createdAt, expiresAt: body.expiresAt, analysis: body.analysis });
    const again = await request.get(`/api/analyses/${body.id}`, { headers: { "If-None-Match": read.headers()["etag"]! } });
    expect(again.status()).toBe(304);

    const removed = await request.delete(`/api/analyses/${body.id}`, { headers: { Authorization: `Bearer ${body.deleteToken}` } });
    expect(removed.status()).toBe(204);
    expect((await request.get(`/api/analyses/${body.id}`)).status()).toBe(404);
  });

  test("refuses what a cross-site form could send, and malformed paths, with the security headers", async ({ request }) => {
    const form = await request.post("/api/analyses", { headers: { "Content-Type": "text/plain" }, data: '{"suspect":"A cross-site post."}' });
    expect(form.status()).toBe(415);
    expect(form.headers()["x-content-type-options"]).toBe("nosniff");
    for (const path of ["/api/analyses/%ZZ", "/r/%ZZ"]) {
      const malformed = await request.get(path);
      expect(malformed.status(), path).toBe(400);
      expect(malformed.headers()["x-frame-options"], path).toBe("DENY");
      expect((await malformed.json()).error, path).toMatch(/malformed %-escape/);
    }
  });

  test('"store": false gives the analysis and keeps nothing', async ({ request }) => {
    const answer = await request.post("/api/analyses", { data: { suspect: "The criminal organization Hamas said.", store: false } });
    expect(answer.status()).toBe(200);
    expect(Object.keys(await answer.json())).toEqual(["analysis"]);
  });
});

test.describe("exposed directly, with a rate limit of 2 a minute", () => {
  let server: SpawnedServer;
  test.beforeAll(async () => {
    server = await spawnServer({ UNSPUN_RATE_LIMIT: "2", UNSPUN_DATA_DIR: `${process.env.E2E_DATA_DIR ?? "test-data/e2e-api"}-direct` });
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test("a client cannot dodge the limit by sending a new X-Forwarded-For each time", async ({ request }) => {
    const statuses: number[] = [];
    for (const forged of ["203.0.113.1", "203.0.113.2", "203.0.113.3"]) {
      const answer = await request.post(`${server.url}/api/analyses`, {
        headers: { "X-Forwarded-For": forged, "X-Unspun-Client-Address": forged },
        data: { suspect: "The council approved the budget on Tuesday.", store: false },
      });
      statuses.push(answer.status());
      if (answer.status() === 429) expect(Number(answer.headers()["retry-after"])).toBeGreaterThan(0);
    }
    expect(statuses).toEqual([200, 200, 429]);
  });
});
