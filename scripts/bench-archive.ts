/**
 * npm run bench:archive — the archive at scale: imports ARCHIVE_BENCH_ARTICLES (default
 * 100,000) generated articles plus the eval corpus's originals, then searches with each
 * topic's spun.txt and with spinner-made copies of generated articles, on SQLite and (when
 * DATABASE_URL or TEST_DATABASE_URL is set) on a fresh PostgreSQL database. Prints import
 * rate, index size, search p50/p95 and how often the source ranks first and in the top five.
 * ARCHIVE_BENCH_BACKENDS=sqlite|postgres runs one backend only.
 */
import { mkdtempSync, rmSync, statSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { indexTerms } from "@/lib/archive/terms";
import { searchArchive } from "@/lib/archive/search";
import type { ArchiveInput } from "@/lib/archive/types";
import { openSqliteArchive } from "@/lib/store/archive-sqlite";
import { openPostgresArchive } from "@/lib/store/archive-postgres";
import type { ArchiveStore } from "@/lib/store/archive-types";
import { generateArticles, readCorpus, seededRandom } from "./archive-generator";
import { spinText } from "./devset/spinner";

const COUNT = Number(process.env.ARCHIVE_BENCH_ARTICLES ?? 100_000);
const SPINNER_MADE = Number(process.env.ARCHIVE_BENCH_SPUN ?? 200);
const BATCH = 500;

type Backend = { name: string; store: ArchiveStore; size: () => Promise<number>; dispose: () => Promise<void> };

async function sqlite(): Promise<Backend> {
  const dir = mkdtempSync(join(tmpdir(), "unspun-bench-archive-"));
  const file = join(dir, "archive.db");
  const store = openSqliteArchive(file);
  return {
    name: "SQLite (FTS5)",
    store,
    size: async () => [file, `${file}-wal`].filter(existsSync).reduce((sum, f) => sum + statSync(f).size, 0),
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgres(adminUrl: string): Promise<Backend> {
  const name = `unspun_bench_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const store = await openPostgresArchive(url.toString());
  const direct = new pg.Client({ connectionString: url.toString() });
  await direct.connect();
  return {
    name: "PostgreSQL (tsvector + GIN)",
    store,
    size: async () => Number((await direct.query<{ n: string }>("SELECT pg_total_relation_size('archive_articles') AS n")).rows[0]?.n ?? 0),
    dispose: async () => {
      await direct.end();
      await store.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function run(backend: Backend): Promise<void> {
  const topics = readCorpus();
  const { store } = backend;
  const spunSources: { id: string; text: string }[] = [];
  const spinRandom = seededRandom(7);
  let batch: { input: ArchiveInput; terms: string }[] = [];
  let imported = 0;
  let importMs = 0;
  const flush = async () => {
    const started = performance.now();
    const outcomes = await store.addMany(batch.map(({ input }) => ({ input, terms: indexTerms(input.text) })));
    importMs += performance.now() - started;
    imported += outcomes.length;
    // Every 500th generated article is also spun, for the spinner-made set.
    outcomes.forEach((o, i) => {
      if (spunSources.length < SPINNER_MADE && (imported - outcomes.length + i) % Math.max(1, Math.floor(COUNT / SPINNER_MADE)) === 7)
        spunSources.push({ id: o.id, text: batch[i]!.input.text });
    });
    batch = [];
    if (process.stderr.isTTY) process.stderr.write(`\r  imported ${imported.toLocaleString("en-US")}`);
  };
  for (const article of generateArticles(topics, COUNT)) {
    batch.push({ input: article, terms: "" });
    if (batch.length === BATCH) await flush();
  }
  const originals = topics.map((t) => ({ input: { title: t.name, url: `https://corpus.example/${t.name}`, published: null, text: t.original }, terms: "" }));
  batch.push(...originals);
  await flush();
  if (process.stderr.isTTY) process.stderr.write("\n");
  const originalIds = new Map<string, string>();
  for (const t of topics) {
    const found = (await store.list({ limit: 1, offset: 0 })) && (await searchArchive(store, t.original, 1))[0];
    if (found) originalIds.set(t.name, found.id);
  }

  const latencies: number[] = [];
  const rankOf = async (text: string, id: string | undefined) => {
    const started = performance.now();
    const candidates = await searchArchive(store, text, 5);
    latencies.push(performance.now() - started);
    return candidates.findIndex((c) => c.id === id);
  };
  const tally = async (cases: { text: string; id: string | undefined }[]) => {
    let first = 0;
    let top5 = 0;
    for (const c of cases) {
      const rank = await rankOf(c.text, c.id);
      if (rank === 0) first++;
      if (rank >= 0) top5++;
    }
    return `first ${first}/${cases.length} (${((100 * first) / cases.length).toFixed(1)}%), top five ${top5}/${cases.length} (${((100 * top5) / cases.length).toFixed(1)}%)`;
  };
  const corpusLine = await tally(topics.map((t) => ({ text: t.spun, id: originalIds.get(t.name) })));
  const spinnerLine = await tally(spunSources.map((s) => ({ text: spinText(s.text, spinRandom, 0.5).text, id: s.id })));
  latencies.sort((a, b) => a - b);
  const words = topics.map((t) => t.spun.split(/\s+/).length);
  console.log(`\n${backend.name}: ${imported.toLocaleString("en-US")} articles`);
  console.log(`  import: ${Math.round(imported / (importMs / 1000))} articles/s (index terms + store, batches of ${BATCH})`);
  console.log(`  size on disk (articles + index): ${(await backend.size() / 1e6).toFixed(0)} MB`);
  console.log(`  search (${latencies.length} suspects, ${Math.min(...words)}–${Math.max(...words)}-word spun copies and spinner-made copies): p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms`);
  console.log(`  eval corpus spun.txt → its original.txt: ${corpusLine}`);
  console.log(`  spinner-made copies of generated articles: ${spinnerLine}`);
}

// ARCHIVE_BENCH_BACKENDS=sqlite or =postgres runs one of them only.
const only = process.env.ARCHIVE_BENCH_BACKENDS;
const backends: (() => Promise<Backend>)[] = only === "postgres" ? [] : [sqlite];
const pgUrl = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (pgUrl && only !== "sqlite") backends.push(() => postgres(pgUrl));
for (const make of backends) {
  const backend = await make();
  try {
    await run(backend);
  } finally {
    await backend.dispose();
  }
}
