// Test-only worker entry: runs the TypeScript worker named in workerData under tsx, as
// vitest has no loader for worker threads (production runs the esbuild bundle).
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
