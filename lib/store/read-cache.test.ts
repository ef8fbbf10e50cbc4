import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { analyzeTexts } from "@/lib/analysis";
import { withReadCache } from "./read-cache";
import { openSqliteStore } from "./sqlite";
import type { ResultStore } from "./types";

const dir = mkdtempSync(join(tmpdir(), "unspun-cache-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Counts the reads that reach the database. */
function counting(store: ResultStore) {
  let reads = 0;
  return {
    store: { ...store, getJson: (id: string, now?: Date) => (reads++, store.getJson(id, now)) } as ResultStore,
    reads: () => reads,
  };
}

describe("withReadCache", () => {
  const base = openSqliteStore({ file: join(dir, "unspun.db"), retentionDays: 1 });
  const analysis = analyzeTexts({ suspect: "The council met on Tuesday. It approved the budget." });

  it("answers repeat reads from memory with the same bytes", async () => {
    const { store: inner, reads } = counting(base);
    const store = withReadCache(inner);
    const saved = await store.save(analysis);
    const first = await store.getJson(saved.id);
    const second = await store.getJson(saved.id);
    expect(Buffer.from(second!.analysisJson).toString()).toBe(JSON.stringify(analysis));
    expect(second).toEqual(first);
    expect(reads()).toBe(1);
  });

  it("never serves a deleted or expired result", async () => {
    const store = withReadCache(base);
    const saved = await store.save(analysis);
    expect(await store.getJson(saved.id)).not.toBeNull();
    expect(await store.delete(saved.id, saved.deleteToken)).toBe("deleted");
    expect(await store.getJson(saved.id)).toBeNull();

    const expiring = await store.save(analysis);
    await store.getJson(expiring.id);
    expect(await store.getJson(expiring.id, new Date(Date.now() + 2 * 86_400_000))).toBeNull();
  });

  it("keeps within its memory budget, dropping the least recently read first", async () => {
    const { store: inner, reads } = counting(base);
    const size = Buffer.byteLength(JSON.stringify(analysis));
    const store = withReadCache(inner, { maxBytes: size * 2 + 1 }); // room for two
    const [a, b, c] = await Promise.all([store.save(analysis), store.save(analysis), store.save(analysis)]);
    for (const saved of [a, b, c]) await store.getJson(saved!.id);
    const before = reads();
    await store.getJson(c!.id);
    expect(reads()).toBe(before); // the most recent is still cached
    await store.getJson(a!.id);
    expect(reads()).toBe(before + 1); // the oldest was dropped
  });

  it("tells onGone of each delete through it, of a read that finds nothing, and of the purge", async () => {
    const gone: (string | null)[] = [];
    const store = withReadCache(base, { onGone: (id) => gone.push(id) });
    const [a, b] = await Promise.all([store.save(analysis), store.save(analysis)]);
    expect(await store.delete(a.id, "wrong token")).toBe("forbidden");
    expect(gone).toEqual([]);
    await store.delete(a.id, a.deleteToken);
    await base.delete(b.id, b.deleteToken); // as another instance would
    await store.getJson(b.id);
    await store.purgeExpired();
    expect(gone).toEqual([a.id, b.id, null]);
  });

  describe("on a store shared with other instances", () => {
    it("confirms each hit by id without reading the body again, and never serves what another instance deleted", async () => {
      const { store: inner, reads } = counting(base);
      const here = withReadCache(inner, { shared: true });
      const there = withReadCache(base, { shared: true });
      const saved = await here.save(analysis);
      await here.getJson(saved.id);
      expect((await here.getJson(saved.id))?.id).toBe(saved.id);
      expect(reads()).toBe(1);
      expect(await there.delete(saved.id, saved.deleteToken)).toBe("deleted");
      expect(await here.getJson(saved.id)).toBeNull();
    });

    /** `base` with an isLive that fails or never answers, as a stopped or hung database would. */
    const unreachable = (how: "fails" | "hangs") =>
      ({
        ...base,
        isLive: () => (how === "fails" ? Promise.reject(Object.assign(new Error("timeout"), { code: "ETIMEDOUT" })) : new Promise<boolean>(() => undefined)),
      }) as ResultStore;

    it("serves a result confirmed in the last 10 s while the database fails or hangs", async () => {
      const saved = await base.save(analysis);
      const t0 = new Date();
      for (const how of ["fails", "hangs"] as const) {
        const store = withReadCache(unreachable(how), { shared: true });
        await store.getJson(saved.id, t0); // read from the database: confirmed now
        const started = performance.now();
        expect((await store.getJson(saved.id, new Date(t0.getTime() + 5_000)))?.id).toBe(saved.id);
        expect(performance.now() - started).toBeLessThan(1_000); // a hung check is not waited for
      }
    });

    it("does not serve a result last confirmed longer ago while the database fails", async () => {
      const saved = await base.save(analysis);
      const t0 = new Date();
      const store = withReadCache(unreachable("fails"), { shared: true });
      await store.getJson(saved.id, t0);
      await expect(store.getJson(saved.id, new Date(t0.getTime() + 11_000))).rejects.toMatchObject({ code: "ETIMEDOUT" });
    });
  });
});
