/**
 * npm run loadtest: the API under 50 concurrent clients against a production build.
 *
 * Uses the build in NEXT_DIST_DIR (default .next), running `npm run build` first when there
 * is none; then starts the production server (`npm start`: server/dist/server.mjs) on a
 * free loopback port with a temporary data directory and UNSPUN_RATE_LIMIT=0, and runs
 * autocannon for LOADTEST_SECONDS (default 30) on
 *   (a) reads:   GET /api/analyses/{id} over 200 stored results,
 *   (b) creates: POST /api/analyses of ~1,000-word article pairs (scripts/loadtest-text.ts),
 *       each request a different article, taken in turn from 1,000 generated ones.
 * Prints requests/s, p50/p95/p99 latency and errors for each, checks the targets (no errors,
 * reads p95 < 50 ms, creates p95 < 500 ms), stops the server, and exits 1 if a target
 * was missed. DATABASE_URL, when set, is passed on, to load PostgreSQL instead of SQLite.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { generateArticlePair } from "./loadtest-text";

const CONNECTIONS = 50;
const SECONDS = Number(process.env.LOADTEST_SECONDS ?? 30);
const SEEDED_RESULTS = 200;
const DISTINCT_PAIRS = 1_000;
const TARGETS = { readP95Ms: 50, createP95Ms: 500 };

const root = join(import.meta.dirname, "..");
const distDir = process.env.NEXT_DIST_DIR || ".next";
const serverBundle = join(root, "server", "dist", "server.mjs");

type Summary = {
  name: string;
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** What the errors were: "timeouts 3, HTTP 500 x2". */
  errorDetail: string;
};

async function main(): Promise<void> {
  ensureBuild();
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "unspun-loadtest-"));
  const base = `http://127.0.0.1:${port}`;
  const server = startServer(port, dataDir);
  try {
    await waitUntilReady(base, server);
    const pairs = Array.from({ length: DISTINCT_PAIRS }, (_, i) => JSON.stringify(generateArticlePair(i + 1)));
    const ids = await seedResults(base, pairs.slice(0, SEEDED_RESULTS));
    let nextPair = 0;

    const reads = await measure("reads   GET /api/analyses/{id}", base, {
      method: "GET",
      setupRequest: (request) => ({ ...request, path: `/api/analyses/${ids[Math.floor(Math.random() * ids.length)]}` }),
    });
    const creates = await measure("creates POST /api/analyses (1,000-word pair)", base, {
      method: "POST",
      path: "/api/analyses",
      headers: { "content-type": "application/json" },
      setupRequest: (request) => ({ ...request, body: pairs[nextPair++ % pairs.length] }),
    });

    printTable([reads, creates]);
    const missed = [
      reads.errors + creates.errors > 0 && `errors: ${reads.errors + creates.errors} (target 0)`,
      reads.p95 >= TARGETS.readP95Ms && `reads p95 ${reads.p95} ms (target < ${TARGETS.readP95Ms} ms)`,
      creates.p95 >= TARGETS.createP95Ms && `creates p95 ${creates.p95} ms (target < ${TARGETS.createP95Ms} ms)`,
    ].filter(Boolean);
    console.log(missed.length ? `\nMissed: ${missed.join("; ")}` : "\nAll targets met.");
    process.exitCode = missed.length ? 1 : 0;
  } finally {
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Builds once when there is no production build. */
function ensureBuild(): void {
  if (existsSync(join(root, distDir, "BUILD_ID")) && existsSync(serverBundle)) return;
  console.log(`No production build in ${distDir}: running npm run build first…`);
  const build = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) throw new Error("npm run build failed; fix the build and run the load test again.");
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function startServer(port: number, dataDir: string): ChildProcess {
  const child = spawn(process.execPath, [serverBundle, "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    // Its own process group, so stopping it stops everything the server started.
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      UNSPUN_DATA_DIR: dataDir,
      UNSPUN_RATE_LIMIT: "0",
      UNSPUN_PAGE_RATE_LIMIT: "0", // one address reads for all 50 connections
      UNSPUN_BASE_URL: "",
    },
  });
  return child;
}

async function waitUntilReady(base: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    try {
      const response = await fetch(`${base}/api/analyses/${"A".repeat(22)}`);
      if (response.status === 404) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("the server did not answer within 60 s");
}

function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || !server.pid) return Promise.resolve();
  return new Promise((resolve) => {
    server.once("exit", () => resolve());
    process.kill(-server.pid!, "SIGTERM");
    setTimeout(() => server.exitCode === null && process.kill(-server.pid!, "SIGKILL"), 5_000).unref();
  });
}

async function seedResults(base: string, pairs: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const pair of pairs) {
    const response = await fetch(`${base}/api/analyses`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: pair,
    });
    if (response.status !== 201) throw new Error(`seeding failed: ${response.status} ${await response.text()}`);
    ids.push(((await response.json()) as { id: string }).id);
  }
  return ids;
}

/** Runs autocannon with one request shape; p95 is computed from every response time. */
async function measure(name: string, base: string, request: autocannon.Request): Promise<Summary> {
  console.log(`\n${name}: ${CONNECTIONS} connections for ${SECONDS} s…`);
  const latencies: number[] = [];
  const badStatuses = new Map<number, number>();
  const instance = autocannon({ url: base, connections: CONNECTIONS, duration: SECONDS, timeout: 30, requests: [request] });
  instance.on("response", (_client, status, _bytes, responseTime) => {
    latencies.push(responseTime);
    if (status < 200 || status > 299) badStatuses.set(status, (badStatuses.get(status) ?? 0) + 1);
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN);
  return {
    name,
    requests: result.requests.total,
    perSecond: Math.round(result.requests.average * 10) / 10,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    // autocannon counts timeouts among its connection errors.
    errors: result.errors + result.non2xx,
    errorDetail: [
      result.timeouts && `timeouts ${result.timeouts}`,
      result.errors - result.timeouts > 0 && `connection errors ${result.errors - result.timeouts}`,
      ...[...badStatuses].map(([status, count]) => `HTTP ${status} x${count}`),
    ]
      .filter(Boolean)
      .join(", "),
  };
}

function printTable(rows: Summary[]): void {
  console.log("\n| load | requests | req/s | p50 ms | p95 ms | p99 ms | errors |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const r of rows) {
    const errors = r.errorDetail ? `${r.errors} (${r.errorDetail})` : String(r.errors);
    console.log(`| ${r.name} | ${r.requests} | ${r.perSecond} | ${r.p50} | ${r.p95} | ${r.p99} | ${errors} |`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
