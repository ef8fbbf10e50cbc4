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
    const store = withReadCache(inner, size * 2 + 1); // room for two
    const [a, b, c] = await Promise.all([store.save(analysis), store.save(analysis), store.save(analysis)]);
    for (const saved of [a, b, c]) await store.getJson(saved!.id);
    const before = reads();
    await store.getJson(c!.id);
    expect(reads()).toBe(before); // the most recent is still cached
    await store.getJson(a!.id);
    expect(reads()).toBe(before + 1); // the oldest was dropped
  });
});
