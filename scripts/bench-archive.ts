/**
 * npm run bench:archive — the archive at scale: imports ARCHIVE_BENCH_ARTICLES (default
 * 100,000) generated articles plus the eval corpus's originals, then searches with each
 * topic's spun.txt and with spinner-made copies of 600-word generated articles (imported
 * among the others), on SQLite and (when DATABASE_URL or TEST_DATABASE_URL is set) on a
 * fresh PostgreSQL database. Prints import rate, index size, search p50/p95 for each kind
 * of suspect and how often the source ranks first and in the top five.
 * ARCHIVE_BENCH_BACKENDS=sqlite|postgres runs one backend only.
 */
import { mkdtempSync, rmSync, statSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { createArchiveImporter } from "@/lib/archive/add-articles";
import { searchArchive } from "@/lib/archive/search";
import { openSqliteArchive } from "@/lib/store/archive-sqlite";
import { openPostgresArchive } from "@/lib/store/archive-postgres";
import type { ArchiveStore } from "@/lib/store/archive-types";
import { generateArticles, readCorpus, seededRandom } from "./archive-generator";
import { spinText } from "./devset/spinner";

const COUNT = Number(process.env.ARCHIVE_BENCH_ARTICLES ?? 100_000);
const SPINNER_MADE = Number(process.env.ARCHIVE_BENCH_SPUN ?? 200);
const BATCH = 500;
/** Length of the spinner-made suspects: the "spun 600-word suspect". */
const SUSPECT_WORDS = Number(process.env.ARCHIVE_BENCH_SUSPECT_WORDS ?? 600);

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
      // Without FORCE: our connections are closed, and DROP DATABASE stops an autovacuum
      // worker itself, which FORCE would refuse to (it runs as another role).
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.end();
    },
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

const wordCount = (text: string) => text.split(/\s+/).length;

async function run(backend: Backend): Promise<void> {
  const topics = readCorpus();
  const { store } = backend;
  // The spinner-made set: SUSPECT_WORDS-word articles spread through the import, each spun
  // by the dev set's thesaurus spinner after the import (the spec's "spun 600-word suspect").
  const suspectSources = generateArticles(topics, SPINNER_MADE, 2, { words: SUSPECT_WORDS });
  const step = Math.max(1, Math.floor(COUNT / SPINNER_MADE));
  const spunSources: { id: string; text: string }[] = [];
  const spinRandom = seededRandom(7);
  const sourceTexts = new Set<string>();
  let imported = 0;
  // The CLI's importer: index terms for the next batch are built while the store writes this one.
  const importer = createArchiveImporter(store, (outcomes, inputs) => {
    imported += outcomes.length;
    outcomes.forEach((o, i) => {
      if (sourceTexts.has(inputs[i]!.text)) spunSources.push({ id: o.id, text: inputs[i]!.text });
    });
    if (process.stderr.isTTY) process.stderr.write(`\r  imported ${imported.toLocaleString("en-US")}`);
  }, BATCH);
  // Wall-clock time of the whole import, generating the articles included (a little slower
  // than the importer alone, never faster: the store's writes overlap generation too).
  const started = performance.now();
  let i = 0;
  for (const article of generateArticles(topics, COUNT)) {
    const source = i++ % step === 7 ? suspectSources.next() : undefined;
    if (source && !source.done) sourceTexts.add(source.value.text);
    await importer.push(source && !source.done ? source.value : article);
  }
  for (const t of topics) await importer.push({ title: t.name, url: `https://corpus.example/${t.name}`, published: null, text: t.original });
  await importer.flush();
  const importMs = performance.now() - started;
  if (process.stderr.isTTY) process.stderr.write("\n");
  const originalIds = new Map<string, string>();
  for (const t of topics) {
    const found = (await searchArchive(store, t.original, 1))[0];
    if (found) originalIds.set(t.name, found.id);
  }

  const tally = async (cases: { text: string; id: string | undefined }[]) => {
    let first = 0;
    let top5 = 0;
    const latencies: number[] = [];
    for (const c of cases) {
      const started = performance.now();
      const candidates = await searchArchive(store, c.text, 5);
      latencies.push(performance.now() - started);
      const rank = candidates.findIndex((candidate) => candidate.id === c.id);
      if (rank === 0) first++;
      if (rank >= 0) top5++;
    }
    latencies.sort((a, b) => a - b);
    const words = cases.map((c) => wordCount(c.text));
    return {
      latency: `p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms (${cases.length} suspects of ${Math.min(...words)}–${Math.max(...words)} words)`,
      ranks: `first ${first}/${cases.length} (${((100 * first) / cases.length).toFixed(1)}%), top five ${top5}/${cases.length} (${((100 * top5) / cases.length).toFixed(1)}%)`,
    };
  };
  const spinner = await tally(spunSources.map((s) => ({ text: spinText(s.text, spinRandom, 0.5).text, id: s.id })));
  const corpus = await tally(topics.map((t) => ({ text: t.spun, id: originalIds.get(t.name) })));
  console.log(`\n${backend.name}: ${imported.toLocaleString("en-US")} articles`);
  console.log(`  import: ${Math.round(imported / (importMs / 1000))} articles/s (wall clock: generating, index terms, store; batches of ${BATCH}, one written while the next is prepared)`);
  console.log(`  size on disk (articles + index): ${(await backend.size() / 1e6).toFixed(0)} MB`);
  console.log(`  search, spinner-made ${SUSPECT_WORDS}-word suspects: ${spinner.latency}`);
  console.log(`  search, eval corpus spun.txt: ${corpus.latency}`);
  console.log(`  spinner-made copies → their source: ${spinner.ranks}`);
  console.log(`  eval corpus spun.txt → its original.txt: ${corpus.ranks}`);
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
