import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { analyzeTexts, type Analysis } from "@/lib/analysis";
import { postgresBackend, sqliteBackend, type BackendUnderTest } from "./test-backends";
import { LATEST_SCHEMA_VERSION } from "./migrations";
import type { ResultStore } from "./types";

/**
 * One suite, every backend: SQLite always, PostgreSQL when TEST_DATABASE_URL is set
 * (.ci/run sets it after starting a local server).
 */
const backends: { name: string; make: () => Promise<BackendUnderTest> }[] = [
  { name: "SQLite", make: async () => sqliteBackend() },
];
const pgUrl = process.env.TEST_DATABASE_URL;
if (pgUrl) backends.push({ name: "PostgreSQL", make: () => postgresBackend(pgUrl) });

const DAY = 24 * 60 * 60 * 1000;
const T0 = new Date("2026-03-01T12:00:00.000Z");

/** A hand-written analysis with every optional part, markup in the text and a field from a newer engine. */
function sampleAnalysis(marker = "Pyongyang"): Analysis {
  const original = `The spy agency said ${marker} met Tehran's envoys.`;
  const suspect = `The detective agency said <script>alert("x")</script> & ${marker} met "Tehran's" envoys.`;
  return {
    engine: "unspun 0.1.0",
    original: { text: original, sentences: [{ start: 0, end: original.length }] },
    suspect: { text: suspect, sentences: [{ start: 0, end: suspect.length }] },
    alignments: [{ original: [0], suspect: [0], similarity: 0.8 }],
    findings: [
      {
        kind: "garbled-phrase",
        severity: "medium",
        suspect: { start: 4, end: 20 },
        original: { start: 4, end: 14 },
        message: "“detective agency” looks like a word-by-word rewrite of “spy agency”.",
        suggestion: "spy agency",
      },
    ],
    summary: {
      verdict: "likely spun",
      spinScore: 0.42,
      counts: { "garbled-phrase": 1 },
      explanation: "One fixed expression was replaced word by word.",
      // @ts-expect-error a field a newer engine adds must survive the round trip
      futureField: { kept: true },
    },
  };
}

describe.each(backends)("result store on $name", ({ make }) => {
  let backend: BackendUnderTest;
  const opened: ResultStore[] = [];
  const open = async (retentionDays = 30) => {
    const store = await backend.open(retentionDays);
    opened.push(store);
    return store;
  };

  beforeAll(async () => {
    backend = await make();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
  });
  afterAll(async () => {
    await backend.dispose();
  });

  it("gives back exactly the analysis it stored, markup and added fields included", async () => {
    const store = await open();
    const analysis = sampleAnalysis();
    const saved = await store.save(analysis, T0);
    const result = await store.get(saved.id, T0);
    expect(result).toEqual({ id: saved.id, createdAt: T0.toISOString(), expiresAt: saved.expiresAt, analysis });
    expect(result?.analysis.suspect.text).toContain('<script>alert("x")</script>');
  });

  it("gives the stored analysis as JSON text for the API to send as it is", async () => {
    const store = await open();
    const analysis = sampleAnalysis();
    const saved = await store.save(analysis, T0);
    const result = await store.getJson(saved.id, T0);
    expect(result).toMatchObject({ id: saved.id, createdAt: T0.toISOString(), expiresAt: saved.expiresAt });
    expect(JSON.parse(Buffer.from(result?.analysisJson ?? "null").toString("utf8"))).toEqual(analysis);
  });

  it("stores an analysis given as JSON text just as one given as an object", async () => {
    const store = await open();
    const analysis = sampleAnalysis();
    const saved = await store.saveJson(JSON.stringify(analysis), T0);
    expect(await store.get(saved.id, T0)).toEqual({ id: saved.id, createdAt: T0.toISOString(), expiresAt: saved.expiresAt, analysis });
  });

  it("stores what the engine produces today", async () => {
    const store = await open();
    const analysis = analyzeTexts({ original: "The spy agency met.\nIt rained.", suspect: "The detective agency met.\nIt rained." });
    const saved = await store.save(analysis);
    expect((await store.get(saved.id))?.analysis).toEqual(analysis);
  });

  it("issues unguessable, URL-safe ids of 22 characters, never the same twice", async () => {
    const store = await open();
    const ids = new Set<string>();
    for (let i = 0; i < 200; i++) ids.add((await store.save(sampleAnalysis(), T0)).id);
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it("answers null for unknown and malformed ids", async () => {
    const store = await open();
    for (const id of ["AAAAAAAAAAAAAAAAAAAAAA", "", "../../etc/passwd", "x".repeat(5000), "' OR 1=1 --"]) {
      expect(await store.get(id)).toBeNull();
      expect(await store.getJson(id)).toBeNull();
      expect(await store.delete(id, "token")).toBe("not-found");
    }
  });

  it("says whether a result is live: saved and unexpired yes; unknown, malformed, expired or deleted no", async () => {
    const store = await open(1);
    const saved = await store.save(sampleAnalysis(), T0);
    expect(await store.isLive(saved.id, T0)).toBe(true);
    expect(await store.isLive("A".repeat(22), T0)).toBe(false);
    expect(await store.isLive("not an id!", T0)).toBe(false);
    expect(await store.isLive(saved.id, new Date(T0.getTime() + 2 * DAY))).toBe(false);
    expect(await store.delete(saved.id, saved.deleteToken, T0)).toBe("deleted");
    expect(await store.isLive(saved.id, T0)).toBe(false);
  });

  it("expires a result after the retention period and purges it", async () => {
    const store = await open(30);
    const saved = await store.save(sampleAnalysis(), T0);
    expect(saved.expiresAt).toBe(new Date(T0.getTime() + 30 * DAY).toISOString());
    expect(await store.get(saved.id, new Date(T0.getTime() + 30 * DAY - 1))).not.toBeNull();
    expect(await store.get(saved.id, new Date(T0.getTime() + 30 * DAY))).toBeNull();
    expect(await store.getJson(saved.id, new Date(T0.getTime() + 30 * DAY))).toBeNull();
    expect(await store.delete(saved.id, saved.deleteToken, new Date(T0.getTime() + 31 * DAY))).toBe("not-found");

    const fresh = await store.save(sampleAnalysis(), new Date(T0.getTime() + 20 * DAY));
    expect(await store.purgeExpired(new Date(T0.getTime() + 31 * DAY))).toBeGreaterThanOrEqual(1);
    // Purged means gone, even for a reader whose clock is behind.
    expect(await store.get(saved.id, T0)).toBeNull();
    expect(await store.get(fresh.id, new Date(T0.getTime() + 31 * DAY))).not.toBeNull();
  });

  it("applies a changed retention to results saved before it, at the next purge", async () => {
    const keptLong = await (await open(30)).save(sampleAnalysis(), T0);
    const keptShort = await (await open(1)).save(sampleAnalysis(), T0);
    const lowered = await open(2);
    await lowered.purgeExpired(new Date(T0.getTime() + 3 * DAY));
    expect(await lowered.get(keptLong.id, T0)).toBeNull(); // 30 days when saved, 2 now: gone after 3
    const raised = await open(30);
    const stillThere = await (await open(1)).save(sampleAnalysis(), new Date(T0.getTime() + 2.5 * DAY));
    await raised.purgeExpired(new Date(T0.getTime() + 3 * DAY));
    const read = await raised.get(stillThere.id, new Date(T0.getTime() + 3 * DAY));
    expect(read?.expiresAt).toBe(new Date(T0.getTime() + 32.5 * DAY).toISOString());
    expect(await raised.get(keptShort.id, T0)).toBeNull();
  });

  it("keeps results forever when retention is 0", async () => {
    const store = await open(0);
    const saved = await store.save(sampleAnalysis(), T0);
    expect(saved.expiresAt).toBeNull();
    const muchLater = new Date(T0.getTime() + 10_000 * DAY);
    await store.purgeExpired(muchLater);
    expect((await store.get(saved.id, muchLater))?.expiresAt).toBeNull();
  });

  it("refuses a wrong delete token and keeps the result", async () => {
    const store = await open();
    const saved = await store.save(sampleAnalysis(), T0);
    const other = await store.save(sampleAnalysis(), T0);
    for (const token of ["", "wrong", other.deleteToken, saved.deleteToken.slice(0, -1), `${saved.deleteToken}x`]) {
      expect(await store.delete(saved.id, token, T0)).toBe("forbidden");
    }
    expect(await store.get(saved.id, T0)).not.toBeNull();
  });

  it("deletes with the right token: the result is gone and its text is no longer in the database", async () => {
    const store = await open();
    const marker = `Embargoed${Date.now()}Marker`;
    const saved = await store.save(sampleAnalysis(marker), T0);
    expect(await backend.readRaw()).toContain(marker);

    expect(await store.delete(saved.id, saved.deleteToken, T0)).toBe("deleted");
    expect(await store.get(saved.id, T0)).toBeNull();
    expect(await store.delete(saved.id, saved.deleteToken, T0)).toBe("not-found");
    expect(await backend.readRaw()).not.toContain(marker);
  });

  it("lets the browser that created a result delete it by its owner key, and no other", async () => {
    const store = await open();
    const ownerKey = "k".repeat(43);
    const saved = await store.save(sampleAnalysis(), T0, ownerKey);
    const other = await store.save(sampleAnalysis(), T0);
    expect(await store.isOwnedBy(saved.id, ownerKey, T0)).toBe(true);
    expect(await store.isOwnedBy(saved.id, "someone else", T0)).toBe(false);
    expect(await store.isOwnedBy(other.id, ownerKey, T0)).toBe(false);
    expect(await store.deleteAsOwner(other.id, ownerKey, T0)).toBe("forbidden");
    expect(await store.deleteAsOwner(saved.id, "someone else", T0)).toBe("forbidden");
    expect(await store.get(saved.id, T0)).not.toBeNull();
    expect(await store.deleteAsOwner(saved.id, ownerKey, T0)).toBe("deleted");
    expect(await store.get(saved.id, T0)).toBeNull();
    expect(await store.deleteAsOwner(saved.id, ownerKey, T0)).toBe("not-found");
    expect(await backend.readRaw()).not.toContain(ownerKey);
  });

  it("keeps only a hash of the delete token", async () => {
    const store = await open();
    const saved = await store.save(sampleAnalysis(), T0);
    expect(saved.deleteToken.length).toBeGreaterThanOrEqual(43);
    expect(await backend.readRaw()).not.toContain(saved.deleteToken);
  });

  it("refuses to return a stored body that no longer matches the contract", async () => {
    const store = await open();
    const saved = await store.save(sampleAnalysis(), T0);
    await backend.writeRawBody(saved.id, JSON.stringify({ version: 1, analysis: { engine: "x" } }));
    await expect(store.get(saved.id, T0)).rejects.toThrow(`Stored result ${saved.id} does not match the analysis contract`);
    await backend.writeRawBody(saved.id, "{not json");
    await expect(store.get(saved.id, T0)).rejects.toThrow("is not valid JSON");
    // A body not in today's envelope is parsed and checked before the API sends it.
    await backend.writeRawBody(saved.id, JSON.stringify({ version: 2, analysis: sampleAnalysis() }));
    await expect(store.getJson(saved.id, T0)).rejects.toThrow("does not match the analysis contract");
  });

  it("migrates once, however many instances open the database at the same time", async () => {
    const stores = await Promise.all([open(), open(), open()]);
    expect(await backend.schemaVersions()).toEqual(Array.from({ length: LATEST_SCHEMA_VERSION }, (_, i) => i + 1));
    // Every instance sees what another wrote: they share one database.
    const saved = await stores[0]!.save(sampleAnalysis(), T0);
    expect((await stores[2]!.get(saved.id, T0))?.id).toBe(saved.id);
  });

  it("keeps results across a restart", async () => {
    const first = await backend.open(30);
    const saved = await first.save(sampleAnalysis(), T0);
    await first.close();
    const second = await open();
    expect((await second.get(saved.id, T0))?.analysis).toEqual(sampleAnalysis());
  });
});
