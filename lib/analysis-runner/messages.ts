import type { AnalyzeInput } from "@/lib/analysis";

/** What the pool sends a worker: one analysis to run. */
export type WorkerTask = { id: number; input: AnalyzeInput };

/**
 * What a worker answers: the analysis as JSON text, or the message of the error the
 * engine threw. JSON because the server only stores and sends it: a string crosses
 * threads as one copy, where the object would be cloned piece by piece and then
 * serialised again on the thread that answers requests.
 */
export type WorkerReply = ({ id: number; ok: true; json: string } | { id: number; ok: false; message: string }) & {
  /** The worker's V8 heap after the task, in MB: a worker left holding a big heap is replaced once idle. */
  heapMb?: number;
};

/** What a worker sends once, when its lexicons are loaded and it is warmed up. */
export const WORKER_READY = "ready";

/** What the pool adds to each worker's workerData: the nice value the thread sets for itself (see applyNiceness). */
export type WorkerOptionsData = { niceness: number };
