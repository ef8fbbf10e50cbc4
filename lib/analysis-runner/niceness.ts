import { setPriority } from "node:os";
import { workerData } from "node:worker_threads";

/**
 * Lowers the CPU priority of the calling worker thread to the `niceness` the pool put in
 * its workerData (0 or absent: unchanged). On Linux a nice value belongs to one thread, so
 * only this worker yields, not the thread that answers requests; elsewhere (or where the
 * call is refused) the worker runs at normal priority, which is only slower under load.
 * Returns the niceness now in force for this thread.
 */
export function applyNiceness(): number {
  const niceness = (workerData as { niceness?: unknown } | null)?.niceness;
  if (typeof niceness !== "number" || niceness <= 0) return 0;
  try {
    setPriority(niceness);
    return niceness;
  } catch {
    return 0;
  }
}
