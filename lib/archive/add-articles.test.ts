import { describe, expect, it } from "vitest";
import type { ArchiveStore } from "@/lib/store/archive-types";
import { createArchiveImporter } from "./add-articles";
import type { ArchiveAddOutcome, ArchiveInput } from "./types";

/** A store whose writes finish only when the test says so, counting writes in flight. */
function slowStore(failOn?: number) {
  const state = { inFlight: 0, maxInFlight: 0, batches: [] as string[][], release: [] as (() => void)[] };
  const store = {
    async addMany(items: { input: ArchiveInput; terms: string }[]): Promise<ArchiveAddOutcome[]> {
      state.inFlight++;
      state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
      state.batches.push(items.map((i) => i.input.title));
      await new Promise<void>((resolve) => state.release.push(resolve));
      state.inFlight--;
      if (state.batches.length === failOn) throw new Error("disk full");
      return items.map((i) => ({ id: i.input.title, status: "added" as const }));
    },
  } as unknown as ArchiveStore;
  return { store, state };
}

const article = (title: string): ArchiveInput => ({ title, url: null, published: null, text: `Halverson paid ${title.length} for it.` });
const releaseAll = (state: { release: (() => void)[] }) => setInterval(() => state.release.shift()?.(), 1);

describe("archive importer", () => {
  it("hands back every batch's outcomes in order, with at most one write in flight", async () => {
    const { store, state } = slowStore();
    const seen: string[] = [];
    const importer = createArchiveImporter(store, (outcomes) => seen.push(...outcomes.map((o) => o.id)), 2);
    const timer = releaseAll(state);
    for (const title of ["a", "b", "c", "d", "e"]) await importer.push(article(title));
    await importer.flush();
    clearInterval(timer);
    expect(seen).toEqual(["a", "b", "c", "d", "e"]);
    expect(state.batches).toEqual([["a", "b"], ["c", "d"], ["e"]]);
    expect(state.maxInFlight).toBe(1);
  });

  it("rejects the next push or the flush when a write fails", async () => {
    const { store, state } = slowStore(1);
    const importer = createArchiveImporter(store, () => undefined, 2);
    const timer = releaseAll(state);
    await importer.push(article("a"));
    await importer.push(article("b"));
    await expect((async () => {
      for (const title of ["c", "d", "e"]) await importer.push(article(title));
      await importer.flush();
    })()).rejects.toThrow("disk full");
    clearInterval(timer);
  });
});
