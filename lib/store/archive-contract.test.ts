import { readFileSync } from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addArticles } from "@/lib/archive/add-articles";
import { searchArchive } from "@/lib/archive/search";
import { openSqliteArchive } from "./archive-sqlite";
import { openPostgresArchive } from "./archive-postgres";
import type { ArchiveStore } from "./archive-types";

/** One suite, both backends: SQLite always, PostgreSQL when TEST_DATABASE_URL is set. */
type Backend = { name: string; open: () => Promise<{ store: ArchiveStore; dispose: () => Promise<void> }> };
const backends: Backend[] = [
  {
    name: "SQLite",
    open: async () => {
      const dir = mkdtempSync(join(tmpdir(), "unspun-archive-"));
      const store = openSqliteArchive(join(dir, "archive.db"));
      return { store, dispose: async () => (await store.close(), rmSync(dir, { recursive: true, force: true })) };
    },
  },
];
const pgUrl = process.env.TEST_DATABASE_URL;
if (pgUrl)
  backends.push({
    name: "PostgreSQL",
    open: async () => {
      const name = `unspun_archive_test_${randomBytes(5).toString("hex")}`;
      const admin = new pg.Client({ connectionString: pgUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      const url = new URL(pgUrl);
      url.pathname = `/${name}`;
      const store = await openPostgresArchive(url.toString());
      return {
        store,
        dispose: async () => {
          await store.close();
          await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await admin.end();
        },
      };
    },
  });

const corpus = (topic: string, file: string) => readFileSync(join("eval/corpus", topic, file), "utf8");
const TOPICS = ["business-grocer-deal", "courts-rental-ban", "health-measles-outbreak", "sport-marathon-record", "weather-nelson-floods"];

describe.each(backends)("archive store on $name", ({ open }) => {
  let store: ArchiveStore;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ store, dispose } = await open());
  });
  afterAll(async () => dispose());

  it("keeps title, URL and date, and gives the text back as added", async () => {
    const text = corpus("culture-gallery-reopens", "original.txt");
    const [outcome] = await addArticles(store, [{ title: "Gallery reopens", url: "https://news.example/gallery", published: "2025-05-01", text }]);
    expect(outcome!.status).toBe("added");
    const article = await store.get(outcome!.id);
    expect(article).toMatchObject({ title: "Gallery reopens", url: "https://news.example/gallery", published: "2025-05-01", text });
  });

  it("updates instead of duplicating when the same URL or the same text is added again", async () => {
    const text = corpus("education-phone-ban", "original.txt");
    const [first] = await addArticles(store, [{ title: "Phones", url: "https://news.example/phones", published: null, text }]);
    const before = await store.count();
    const [byUrl] = await addArticles(store, [{ title: "Phones, corrected", url: "https://news.example/phones", published: "2025-01-01", text: `${text}\nCorrection appended.` }]);
    const [byText] = await addArticles(store, [{ title: "Phones again", url: null, published: null, text: `${text}\nCorrection appended.` }]);
    expect(byUrl).toEqual({ id: first!.id, status: "updated" });
    expect(byText).toEqual({ id: first!.id, status: "updated" });
    expect(await store.count()).toBe(before);
    expect((await store.get(first!.id))?.title).toBe("Phones again");
    expect((await store.get(first!.id))?.url).toBe("https://news.example/phones");
  });

  it("lists newest first and deletes an article with its index entry", async () => {
    const [old] = await addArticles(store, [{ title: "Old story", url: null, published: "2001-01-01", text: corpus("tech-retail-breach", "original.txt") }]);
    const page = await store.list({ limit: 100 });
    expect(page.total).toBe(page.articles.length);
    const dates = page.articles.map((a) => a.published).filter((d): d is string => d !== null);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(await store.delete(old!.id)).toBe(true);
    expect(await store.get(old!.id)).toBeNull();
    expect(await store.delete(old!.id)).toBe(false);
    const found = await searchArchive(store, corpus("tech-retail-breach", "spun.txt"));
    expect(found.map((c) => c.id)).not.toContain(old!.id);
  });

  it("ranks each spun copy's original first, with names and numbers as evidence", async () => {
    const outcomes = await addArticles(store, TOPICS.map((t) => ({ title: t, url: `https://news.example/${t}`, published: null, text: corpus(t, "original.txt") })));
    for (const [i, topic] of TOPICS.entries()) {
      const [best] = await searchArchive(store, corpus(topic, "spun.txt"));
      expect(best?.id, topic).toBe(outcomes[i]!.id);
      expect(best!.evidence.names.length).toBeGreaterThan(0);
      expect(best!.evidence.numbers.length).toBeGreaterThan(0);
    }
  });

  it("finds nothing for a text that shares no words with the archive, and ignores an unknown id", async () => {
    expect(await searchArchive(store, "Zyxqv wobblefrump quintessor.")).toEqual([]);
    expect(await store.get("not-an-id")).toBeNull();
    expect(await store.delete("AAAAAAAAAAAAAAAAAAAAAA")).toBe(false);
  });

  it("in one batch, updates the article already there and adds the new ones, once each", async () => {
    const known = corpus("politics-housing-bill", "original.txt");
    const [first] = await addArticles(store, [{ title: "Housing", url: null, published: null, text: known }]);
    const fresh = corpus("local-water-rates", "original.txt");
    const outcomes = await addArticles(store, [
      { title: "Water", url: "https://news.example/water", published: null, text: fresh },
      { title: "Housing again", url: null, published: null, text: known },
      { title: "Water, twice in the batch", url: "https://news.example/water", published: null, text: fresh },
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["added", "updated", "updated"]);
    expect(outcomes[1]!.id).toBe(first!.id);
    expect(outcomes[2]!.id).toBe(outcomes[0]!.id);
  });

  it("rolls back a whole batch when one write fails", async () => {
    const before = await store.count();
    const bad = { input: { title: "x", url: null, published: null, text: "Fine text here." }, terms: "ok" };
    // A null title breaks the NOT NULL constraint in the middle of the batch.
    const broken = { input: { title: null as unknown as string, url: null, published: null, text: "Another text." }, terms: "ok" };
    await expect(store.addMany([bad, broken])).rejects.toThrow();
    expect(await store.count()).toBe(before);
  });
});
