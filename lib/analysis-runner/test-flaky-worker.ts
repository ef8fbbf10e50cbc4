/**
 * A stand-in analysis worker for pool.test.ts: answers like worker.ts, but dies when the
 * suspect is "die", throws when it is "throw" and never finishes on "spin", so the pool's recovery can be tested.
 */
import { parentPort } from "node:worker_threads";
import { threadId, workerData } from "node:worker_threads";
import { getPriority } from "node:os";
import { WORKER_READY, type WorkerReply, type WorkerTask } from "./messages";
import { applyNiceness } from "./niceness";

// workerData.failToLoad: die before becoming ready, like a worker whose lexicon is missing.
if ((workerData as { failToLoad?: boolean } | null)?.failToLoad) throw new Error("lexicon not found");
applyNiceness();
parentPort?.postMessage(WORKER_READY);

parentPort?.on("message", ({ id, input }: WorkerTask) => {
  if (input.suspect === "die") process.exit(3);
  if (input.suspect.startsWith("spin")) for (;;); // a pathological input: never answers by itself
  const reply: WorkerReply =
    input.suspect === "throw"
      ? { id, ok: false, message: "engine failed" }
      : // "bloat" reports the big heap a pathological input leaves behind.
        { id, ok: true, json: JSON.stringify({ echo: input.suspect, thread: threadId, niceness: getPriority() }), heapMb: input.suspect === "bloat" ? 999 : 40 };
  setTimeout(() => parentPort?.postMessage(reply), 20);
});
