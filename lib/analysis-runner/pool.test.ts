import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { analyzeTexts } from "@/lib/analysis";
import { createAnalysisPool, HEAVY_LANE_NICENESS, type AnalysisPool } from "./pool";

const pools: AnalysisPool[] = [];
const open = (entry: URL, size: number, options: { failToLoad?: boolean; timeoutMs?: number; maxQueued?: number } = {}) => {
  const { timeoutMs, maxQueued, ...data } = options;
  const pool = createAnalysisPool({
    workerFile: new URL("./test-tsx-worker.mjs", import.meta.url),
    workerData: { entry: entry.href, ...data },
    size,
    timeoutMs,
    maxQueued,
  });
  pools.push(pool);
  return pool;
};
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

describe("analysis pool", () => {
  it("gives the same analysis on a worker thread as in the caller's thread", async () => {
    const pool = open(new URL("./worker.ts", import.meta.url), 2);
    await pool.ready();
    const input = { original: "The spy agency said on Monday that talks would resume.", suspect: "The detective agency said on Monday that talks would resume." };
    const [first, second] = await Promise.all([pool.analyze(input), pool.analyze({ suspect: input.suspect })]);
    expect(JSON.parse(first)).toEqual(analyzeTexts(input));
    expect(JSON.parse(second)).toEqual(analyzeTexts({ suspect: input.suspect }));
  }, 30_000);

  it("queues work beyond its size and answers every request in full", async () => {
    const pool = open(new URL("./test-flaky-worker.ts", import.meta.url), 2);
    const answers = Promise.all(["a", "b", "c", "d", "e"].map((suspect) => pool.analyze({ suspect })));
    expect(pool.pending()).toBe(5);
    expect((await answers).map((json) => JSON.parse(json).echo)).toEqual(["a", "b", "c", "d", "e"]);
    expect(pool.pending()).toBe(0);
  }, 30_000);

  it("fails only the analysis whose worker died or threw, and keeps serving", async () => {
    const pool = open(new URL("./test-flaky-worker.ts", import.meta.url), 1);
    const died = pool.analyze({ suspect: "die" });
    const threw = pool.analyze({ suspect: "throw" });
    const fine = pool.analyze({ suspect: "fine" });
    await expect(died).rejects.toThrow("The analysis worker stopped (exit code 3)");
    await expect(threw).rejects.toThrow("engine failed");
    expect(JSON.parse(await fine).echo).toBe("fine");
  }, 30_000);

  it("finishes the analyses it took before closing, then refuses new ones", async () => {
    const pool = open(new URL("./test-flaky-worker.ts", import.meta.url), 1);
    const running = pool.analyze({ suspect: "a" });
    const waiting = pool.analyze({ suspect: "b" });
    await pool.close();
    expect(JSON.parse(await running).echo).toBe("a");
    expect(JSON.parse(await waiting).echo).toBe("b");
    await expect(pool.analyze({ suspect: "c" })).rejects.toThrow("The analysis pool is closed.");
  }, 30_000);

  it("stops an analysis that runs past its time budget, says so, and keeps serving", async () => {
    const pool = open(new URL("./test-flaky-worker.ts", import.meta.url), 1, { timeoutMs: 500 });
    const started = Date.now();
    const stuck = pool.analyze({ suspect: "spin" });
    const next = pool.analyze({ suspect: "after" });
    await expect(stuck).rejects.toMatchObject({ reason: "timeout", message: "The analysis took longer than the 0.5-second limit and was stopped." });
    expect(Date.now() - started).toBeLessThan(5_000);
    // The waiting analysis runs on the replacement worker.
    expect(JSON.parse(await next).echo).toBe("after");
  }, 30_000);

  it("refuses work once its line is full, with a reason the API answers as 503", async () => {
    const pool = open(new URL("./test-flaky-worker.ts", import.meta.url), 1, { maxQueued: 2 });
    await pool.ready();
    const accepted = ["a", "b", "c", "d"].map((suspect) => pool.analyze({ suspect })); // 2 in the worker's inbox, 2 waiting
    await expect(pool.analyze({ suspect: "e" })).rejects.toMatchObject({ reason: "busy" });
    expect((await Promise.all(accepted)).map((json) => JSON.parse(json).echo)).toEqual(["a", "b", "c", "d"]);
  }, 30_000);

  it("drops an abandoned analysis from the line, and stops one still running after its client left", async () => {
    const pool = open(new URL("./test-flaky-worker.ts", import.meta.url), 1, { timeoutMs: 60_000 });
    await pool.ready();
    const leaving = new AbortController();
    const stuck = pool.analyze({ suspect: "spin" }, { signal: leaving.signal });
    const queued = new AbortController();
    const inLine = pool.analyze({ suspect: "x" }, { signal: queued.signal });
    const later = pool.analyze({ suspect: "later" });
    queued.abort();
    await expect(inLine).rejects.toMatchObject({ reason: "abandoned" });
    leaving.abort();
    await expect(stuck).rejects.toMatchObject({ reason: "abandoned" });
    // Without stopping the spinning worker this would wait for the 60 s budget.
    expect(JSON.parse(await later).echo).toBe("later");
    expect(pool.pending()).toBe(0);
  }, 20_000);

  it("keeps one worker for everyday analyses while large ones wait for the others", async () => {
    const pool = open(new URL("./test-flaky-worker.ts", import.meta.url), 2, { timeoutMs: 3_000 });
    await pool.ready();
    const huge = `spin ${"word ".repeat(12_000)}`; // 60,000 characters that never finish
    const stuck = [pool.analyze({ suspect: huge }), pool.analyze({ suspect: huge })];
    stuck.forEach((promise) => promise.catch(() => undefined));
    const started = Date.now();
    expect(JSON.parse(await pool.analyze({ suspect: "everyday" })).echo).toBe("everyday");
    expect(Date.now() - started).toBeLessThan(1_000); // not behind the 3 s budget of a large one
    await expect(stuck[0]).rejects.toMatchObject({ reason: "timeout" });
  }, 30_000);

  it("runs large analyses at low CPU priority, on every worker but the first", async () => {
    const pool = open(new URL("./test-flaky-worker.ts", import.meta.url), 3);
    await pool.ready();
    const large = `large ${"word ".repeat(12_000)}`;
    const answers = (await Promise.all([pool.analyze({ suspect: large }), pool.analyze({ suspect: large })])).map((json) => JSON.parse(json));
    expect(answers.map((answer) => answer.niceness)).toEqual([HEAVY_LANE_NICENESS, HEAVY_LANE_NICENESS]);
    expect(new Set(answers.map((answer) => answer.thread)).size).toBe(2);
    // The first worker, kept for everyday work, runs at normal priority.
    expect(JSON.parse(await pool.analyze({ suspect: "everyday" })).niceness).toBe(0);
  }, 30_000);

  it("keeps a single worker at normal priority: it is every lane", async () => {
    const pool = open(new URL("./test-flaky-worker.ts", import.meta.url), 1);
    expect(JSON.parse(await pool.analyze({ suspect: `large ${"word ".repeat(12_000)}` })).niceness).toBe(0);
  }, 30_000);

  it("replaces a worker left holding a big heap once it has been idle a few seconds", async () => {
    const pool = open(new URL("./test-flaky-worker.ts", import.meta.url), 1);
    const before = JSON.parse(await pool.analyze({ suspect: "bloat" })).thread;
    expect(JSON.parse(await pool.analyze({ suspect: "busy" })).thread).toBe(before); // never while in use
    await new Promise((resolve) => setTimeout(resolve, 500));
    const kept = JSON.parse(await pool.analyze({ suspect: "bloat" })).thread;
    expect(kept).toBe(before);
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    expect(JSON.parse(await pool.analyze({ suspect: "after" })).thread).not.toBe(before);
  }, 30_000);

  it("reports a worker that cannot even start, instead of restarting it in a loop", async () => {
    const pool = open(new URL("./test-flaky-worker.ts", import.meta.url), 1, { failToLoad: true });
    await expect(pool.ready()).rejects.toThrow("An analysis worker could not start: lexicon not found");
  }, 30_000);

  it("keeps a process that is only waiting for its workers alive until they are ready", () => {
    const script = fileURLToPath(new URL("./test-await-ready.ts", import.meta.url));
    const output = execFileSync(process.execPath, ["--import", "tsx", script], { encoding: "utf8", timeout: 30_000 });
    expect(output.trim()).toBe("ready");
  }, 40_000);
});
