/**
 * npm run soak: normal traffic while hostile clients do their worst, against a production
 * build on loopback (see issue 13).
 *
 * For SOAK_SECONDS (default 30): 40 normal clients, each from its own loopback address
 * (127.0.1.N, so each has its own rate-limit budget, as real users would), read stored
 * results and now and then create a 1,000-word analysis, with a short pause between
 * requests (about 4 requests a second each, 1 in 10 a create: within the default rate
 * limit). Meanwhile 4 hostile clients (127.0.2.N, in a child process: soak-hostile.ts)
 * send, nonstop: the tiny-sentence pair (two sides of 50,000 "Go."), the largest texts
 * allowed, loads of the largest result's page (shell, then its JSON, as a browser does,
 * 4 at a time) and requests they abandon after 300 ms. Every client accepts gzip, as
 * browsers do, and counts the bytes it gets without decoding them. With DATABASE_URL set
 * (use a database of its own), the PostgreSQL backends serving it are paused (SIGSTOP)
 * for 5 s in the middle.
 *
 * Prints normal traffic's p50/p95/p99 and errors, what the hostile requests got, and the
 * server's memory; exits 1 when a target is missed: normal reads p95 ≤ 100 ms, creates
 * p95 ≤ 1.5 s, no normal errors, every hostile request answered (2xx, 4xx or 503), server
 * memory under 600 MB after. SOAK_ROOT runs another checkout's build (for before/after).
 */
import { fork } from "node:child_process";
import { request as httpRequest, type Agent } from "node:http";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { generateArticlePair } from "./loadtest-text";
import { agentFrom, largestBody, send, sleep, type Outcome } from "./soak-http";
import { ensureBuild, freePort, residentMb, startServer, stopServer, waitUntilReady } from "./soak-server";

const SECONDS = Number(process.env.SOAK_SECONDS ?? 30);
const NORMAL_CLIENTS = 40;
const TARGETS = { readP95Ms: 100, createP95Ms: 1_500, memoryAfterMb: 600 };
const root = process.env.SOAK_ROOT || join(import.meta.dirname, "..");

/** The hostile clients (soak-hostile.ts) in a child process: resolves with what each kind of request got. */
function runHostileClients(base: URL, bigId: string, endAt: number): Promise<Map<string, Outcome[]>> {
  const child = fork(join(import.meta.dirname, "soak-hostile.ts"), [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  return new Promise((resolve, reject) => {
    child.once("message", (outcomes: Record<string, Outcome[]>) => resolve(new Map(Object.entries(outcomes))));
    child.once("exit", (code) => reject(new Error(`the hostile clients' process exited with code ${code} before reporting`)));
    child.send({ base: base.origin, bigId, endAt });
  });
}

async function main(): Promise<void> {
  ensureBuild(root);
  const port = process.env.SOAK_PORT ? Number(process.env.SOAK_PORT) : await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "unspun-soak-"));
  const base = new URL(`http://127.0.0.1:${port}`);
  const server = startServer(root, port, { UNSPUN_DATA_DIR: dataDir });
  try {
    await waitUntilReady(base.origin, server);
    // Seeded from many addresses, so the seeding stays within the rate limit.
    const seedAgents = Array.from({ length: 50 }, (_, i) => agentFrom(`127.0.3.${i + 1}`));
    const normalPairs = Array.from({ length: 300 }, (_, i) => JSON.stringify(generateArticlePair(i + 1)));
    const largest = largestBody();

    console.log("Seeding 100 results and the largest one…");
    const ids: string[] = [];
    for (const [i, pair] of normalPairs.slice(0, 100).entries()) ids.push(await create(seedAgents[i % 50]!, base, pair));
    const bigId = await create(seedAgents[0]!, base, largest);
    const rssAtStart = residentMb(server.pid);

    const end = Date.now() + SECONDS * 1000;
    const reads: Outcome[] = [];
    const creates: Outcome[] = [];
    let peakRss = rssAtStart;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, residentMb(server.pid) || 0)), 500);

    const normalClient = async (n: number) => {
      const agent = agentFrom(`127.0.1.${n}`);
      let turn = n;
      while (Date.now() < end) {
        await sleep(150 + Math.random() * 200);
        if (turn++ % 10 === 0) creates.push(await send(agent, base, "POST", "/api/analyses", normalPairs[(n * 7 + turn) % normalPairs.length]));
        else reads.push(await send(agent, base, "GET", `/api/analyses/${ids[Math.floor(Math.random() * ids.length)]}`));
      }
      agent.destroy();
    };
    const hostileRun = runHostileClients(base, bigId, end);
    const pause = process.env.DATABASE_URL ? pausePostgres(process.env.DATABASE_URL, (SECONDS * 1000) / 3, 5_000) : Promise.resolve(null);

    const [hostile] = await Promise.all([hostileRun, ...Array.from({ length: NORMAL_CLIENTS }, (_, i) => normalClient(i + 1)), pause]);
    clearInterval(sampler);
    for (const agent of seedAgents) agent.destroy();

    // Memory after: give the server up to 30 s idle to finish and collect garbage.
    const idleFrom = Date.now();
    let rssAfter = residentMb(server.pid);
    const rssAtEnd = rssAfter;
    while (Date.now() - idleFrom < 30_000 && !(rssAfter < TARGETS.memoryAfterMb)) {
      await sleep(500);
      rssAfter = residentMb(server.pid);
    }
    const settledInS = Math.round((Date.now() - idleFrom) / 100) / 10;
    if (process.env.SOAK_SMAPS) console.log(largestMappings(server.pid));

    const readRow = summarise("normal reads  GET /api/analyses/{id}", reads);
    const createRow = summarise("normal creates POST 1,000-word pair", creates);
    const paused = await pause;
    console.log(`\n${SECONDS} s, ${NORMAL_CLIENTS} normal clients + 4 hostile${process.env.DATABASE_URL ? ", PostgreSQL paused 5 s" : ""} (SQLite unless DATABASE_URL)`);
    console.log("\n| normal traffic | requests | p50 ms | p95 ms | p99 ms | errors |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
    const rows = [readRow, createRow];
    if (paused) {
      // The same traffic with what started from the pause to 2 s after it (the query timeout) left out, to tell the pause's cost from the rest.
      const outside = (o: Outcome) => o.at === undefined || o.at < paused.from || o.at > paused.to + 2_000;
      rows.push(summarise("  reads, outside the pause", reads.filter(outside)), summarise("  creates, outside the pause", creates.filter(outside)));
    }
    for (const row of rows) console.log(`| ${row.name} | ${row.count} | ${row.p50} | ${row.p95} | ${row.p99} | ${row.errors} |`);
    console.log("\n| hostile | requests | answers | unanswered |");
    console.log("| --- | ---: | --- | ---: |");
    let unanswered = 0;
    for (const [kind, outcomes] of hostile) {
      const byStatus = new Map<string, number>();
      let missing = 0;
      for (const o of outcomes) {
        if (o.error === "abandoned") byStatus.set("hung up (intended)", (byStatus.get("hung up (intended)") ?? 0) + 1);
        else if (o.status === 0 || (o.status >= 500 && o.status !== 503)) {
          missing++;
          byStatus.set(`failed (${o.error ?? o.status})`, (byStatus.get(`failed (${o.error ?? o.status})`) ?? 0) + 1);
        }
        else byStatus.set(String(o.status), (byStatus.get(String(o.status)) ?? 0) + 1);
      }
      unanswered += missing;
      const slowest = Math.round(Math.max(0, ...outcomes.filter((o) => o.error !== "abandoned").map((o) => o.ms)));
      const mb = Math.round(outcomes.reduce((sum, o) => sum + (o.bytes ?? 0), 0) / 1e5) / 10;
      console.log(`| ${kind} | ${outcomes.length} | ${[...byStatus].map(([s, c]) => `${s} x${c}`).join(", ")}; slowest ${slowest} ms; ${mb} MB received | ${missing} |`);
    }
    console.log(`\nServer memory: ${rssAtStart} MB after seeding, peak ${peakRss} MB, ${rssAtEnd} MB at the end, ${rssAfter} MB ${settledInS} s later.`);

    const missed = [
      readRow.errors + createRow.errors > 0 && `normal errors ${readRow.errors + createRow.errors} (target 0)`,
      readRow.p95 > TARGETS.readP95Ms && `reads p95 ${readRow.p95} ms (target ≤ ${TARGETS.readP95Ms})`,
      createRow.p95 > TARGETS.createP95Ms && `creates p95 ${createRow.p95} ms (target ≤ ${TARGETS.createP95Ms})`,
      unanswered > 0 && `${unanswered} hostile requests unanswered or 5xx other than 503`,
      !(rssAfter < TARGETS.memoryAfterMb) && `memory after ${rssAfter} MB (target < ${TARGETS.memoryAfterMb})`,
    ].filter(Boolean);
    console.log(missed.length ? `\nMissed: ${missed.join("; ")}` : "\nAll targets met.");
    process.exitCode = missed.length ? 1 : 0;
  } finally {
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function create(agent: Agent, base: URL, body: string): Promise<string> {
  const outcome = await new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = httpRequest(
      { host: base.hostname, port: base.port, method: "POST", path: "/api/analyses", agent, headers: { "content-type": "application/json" } },
      (res) => {
        let text = "";
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
  if (outcome.status !== 201) throw new Error(`seeding failed: ${outcome.status} ${outcome.text.slice(0, 200)}`);
  return (JSON.parse(outcome.text) as { id: string }).id;
}

/** The server's 12 largest resident mappings (SOAK_SMAPS=1: to see where memory stays after a run). */
function largestMappings(pid: number | undefined): string {
  const mappings: { name: string; kb: number }[] = [];
  let current = "";
  for (const line of readFileSync(`/proc/${pid}/smaps`, "utf8").split("\n")) {
    if (/^[0-9a-f]+-[0-9a-f]+ /.test(line)) current = line;
    const rss = /^Rss:\s+(\d+) kB/.exec(line)?.[1];
    if (rss) mappings.push({ name: current, kb: Number(rss) });
  }
  return mappings.sort((a, b) => b.kb - a.kb).slice(0, 12).map((m) => `${Math.round(m.kb / 1024)} MB  ${m.name}`).join("\n");
}

function summarise(name: string, outcomes: Outcome[]) {
  const times = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN);
  const errors = outcomes.filter((o) => o.status < 200 || o.status > 299).length;
  return { name, count: outcomes.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), errors };
}

/**
 * SIGSTOPs the PostgreSQL backends serving DATABASE_URL's database after `afterMs`, for
 * `forMs` (as a hung host would); resolves with when (performance.now()) they were paused.
 */
async function pausePostgres(databaseUrl: string, afterMs: number, forMs: number): Promise<{ from: number; to: number }> {
  await sleep(afterMs);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ pid: number }>(
    "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'",
  );
  await client.end();
  const pids = rows.map((r) => r.pid);
  for (const pid of pids) process.kill(pid, "SIGSTOP");
  const from = performance.now();
  console.log(`Paused ${pids.length} PostgreSQL backends for ${forMs / 1000} s.`);
  await sleep(forMs);
  for (const pid of pids) process.kill(pid, "SIGCONT");
  return { from, to: performance.now() };
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
