/**
 * Run by pool.test.ts in a process of its own: a pool whose ready() is all that is
 * pending, the way the server starts. Prints "ready" once the workers are up.
 */
import { createAnalysisPool } from "./pool";

const pool = createAnalysisPool({
  workerFile: new URL("./test-tsx-worker.mjs", import.meta.url),
  workerData: { entry: new URL("./test-flaky-worker.ts", import.meta.url).href },
  size: 2,
});
await pool.ready();
console.log("ready");
await pool.close();
