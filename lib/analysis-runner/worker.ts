/**
 * The analysis worker thread (see pool.ts): runs the engine on each task it is sent.
 * Bundled to server/dist/analysis-worker.mjs for production; tests run it under tsx.
 */
import { getHeapStatistics } from "node:v8";
import { parentPort } from "node:worker_threads";
import { analyzeTexts } from "@/lib/analysis";
import { WORKER_READY, type WorkerReply, type WorkerTask } from "./messages";
import { applyNiceness } from "./niceness";

if (!parentPort) throw new Error("lib/analysis-runner/worker.ts runs only as a worker thread.");
const port = parentPort;
// Before the warm-up: a worker that may run large analyses loads its lexicons at low priority too.
applyNiceness();

// Load the lexicons and compile the engine's hot paths before the first real request:
// a cold analysis takes ~400 ms, a warm one ~20 ms.
const WARM_UP_TEXT =
  'The minister said on Monday that the strike would end. "We will talk," she told a press conference in Lagos, where 1,200 workers stayed home.';
analyzeTexts({ original: WARM_UP_TEXT, suspect: WARM_UP_TEXT.replace("press conference", "squeeze gathering") });
port.postMessage(WORKER_READY);

port.on("message", ({ id, input }: WorkerTask) => {
  let reply: WorkerReply;
  try {
    reply = { id, ok: true, json: JSON.stringify(analyzeTexts(input)) };
  } catch (error) {
    reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage({ ...reply, heapMb: Math.round(getHeapStatistics().total_heap_size / 1e6) });
});

