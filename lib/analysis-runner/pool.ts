import { Worker } from "node:worker_threads";
import type { AnalyzeInput } from "@/lib/analysis";
import { AnalysisStoppedError } from "./errors";
import { WORKER_READY, type WorkerOptionsData, type WorkerReply, type WorkerTask } from "./messages";

/** Per-analysis options: a signal that says the client went away. */
export type AnalyzeOptions = { signal?: AbortSignal };

export type AnalysisPool = {
  /**
   * Resolves once every worker has loaded and warmed up; rejects if one dies before it
   * ever did (a missing bundle or lexicon), so a server can refuse to start.
   */
  ready(): Promise<void>;
  /**
   * Analyses on the first free worker (waiting in line while all are busy): the Analysis as
   * JSON. Rejects with AnalysisStoppedError when the line is full ("busy"), when the
   * analysis runs past the time budget ("timeout": its worker is stopped and replaced) or
   * when `signal` aborts ("abandoned": taken out of the line, or its worker stopped if it
   * is still running a moment later).
   */
  analyze(input: AnalyzeInput, options?: AnalyzeOptions): Promise<string>;
  /** How many analyses are running or waiting (for logs and tests). */
  pending(): number;
  /** Takes no more analyses, lets those already sent finish, then stops the workers. */
  close(): Promise<void>;
};

export type PoolOptions = {
  /** The worker's entry file (a bundle in production; tests run worker.ts through test-tsx-worker.mjs). */
  workerFile: string | URL;
  /** Worker threads to run; analyses beyond this many wait in line. */
  size: number;
  /** Passed to each worker as its workerData, with `niceness` added (see HEAVY_LANE_NICENESS). */
  workerData?: Record<string, unknown>;
  /** Longest an analysis may run before its worker is stopped (UNSPUN_ANALYSIS_TIMEOUT_MS); default 20 s. */
  timeoutMs?: number;
  /** Most analyses waiting for a worker (UNSPUN_ANALYSIS_QUEUE); more are refused as "busy". Default 64. */
  maxQueued?: number;
};

type Task = WorkerTask & {
  resolve(json: string): void;
  reject(error: Error): void;
  /** Settled already (abandoned): a late answer is dropped. */
  settled?: boolean;
  /** The budget's timer, from the moment the task is at the head of its worker's inbox. */
  timer?: NodeJS.Timeout;
  stopListening?: () => void;
  /** A large analysis (HEAVY_CHARS or more): it may not take the last free worker. */
  heavy: boolean;
};
/** A worker and the tasks sent to it, oldest (running) first. */
type Slot = { worker: Worker; tasks: Task[]; ready: boolean; failedToStart?: boolean; recycleTimer?: NodeJS.Timeout };

/**
 * Tasks sent to a worker ahead of time: one running, one waiting in its own inbox, so it
 * starts the next analysis the moment it finishes one, even while this thread is busy
 * (a database commit blocks it for a few ms). More would only make later arrivals wait
 * behind a busy worker while another falls idle.
 */
const TASKS_PER_WORKER = 2;

/** Wait before replacing a worker that died before it was ready, doubling up to a minute: a broken install must not spin. */
const FIRST_RESTART_DELAY_MS = 1_000;
const MAX_RESTART_DELAY_MS = 60_000;

/**
 * An abandoned analysis still running this long after its client left has its worker
 * stopped; shorter ones finish on their own (a 1,000-word pair takes ~12 ms, far less than
 * the ~0.5 s of CPU a fresh worker spends loading its lexicons).
 */
const ABANDONED_GRACE_MS = 250;

/**
 * Texts this long together (about 8,000 words, ~0.2 s of work) count as large: they run on
 * all workers but the first, so a queue of huge or pathological inputs never holds up
 * everyday 1,000-word analyses (~12 ms); measured with npm run soak.
 */
const HEAVY_CHARS = 50_000;

/**
 * The nice value of the workers that may run large analyses (all but the first, when
 * there are two or more): they get the cores only when the thread that answers requests
 * and the everyday worker have nothing to do. At 0, on 2 cores with the soak's hostile
 * analyses running nonstop, normal reads had p95 305 ms; at 10 on every worker, 38 ms,
 * but everyday creates then waited behind the client's traffic (p95 2.6 s).
 */
export const HEAVY_LANE_NICENESS = 10;

/**
 * A worker whose heap is this big after a task (a huge or pathological input leaves
 * hundreds of MB that V8 keeps) is replaced after RECYCLE_IDLE_MS without work, so the
 * server's memory comes back down once the burst is over; a busy worker is never stopped.
 * Measured in npm run soak: 63-79 MB after everyday analyses, 88-306 MB after large ones;
 * at 200, a worker left at 195 MB kept the server over 600 MB after the run.
 */
const RECYCLE_HEAP_MB = 150;
const RECYCLE_IDLE_MS = 5_000;

/**
 * A fixed set of worker threads that run the engine, so an analysis (≈12 ms for a
 * 1,000-word pair, 1.5 s for 70,000 words) never blocks the thread that answers reads,
 * and every core works on analyses at once. Tasks are served first come, first served.
 * A worker that dies (out of memory on a pathological text, say) fails only the analysis
 * it was running and is replaced.
 */
export function createAnalysisPool(options: PoolOptions): AnalysisPool {
  const queue: Task[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closed = false;
  /** close() waiting for the last analyses to finish. */
  let drained: (() => void) | null = null;
  let restartDelay = FIRST_RESTART_DELAY_MS;
  let settleReady: { resolve(): void; reject(error: Error): void } | null = null;
  const allReady = new Promise<void>((resolve, reject) => (settleReady = { resolve, reject }));
  allReady.catch(() => undefined); // a caller that never asks must not see an unhandled rejection

  /** Whether the worker at `index` may run large analyses: all but the first, so small ones always have a worker. */
  const isHeavyLane = (index: number) => options.size < 2 || index > 0;

  const dispatch = () => {
    // Fill the emptiest worker first, so an idle worker never waits behind a busy one's inbox.
    for (let depth = 0; depth < TASKS_PER_WORKER; depth++) {
      for (const [slotIndex, slot] of slots.entries()) {
        if (queue.length === 0) return;
        if (!slot.ready || slot.tasks.length !== depth) continue;
        // Nothing waits in the inbox of a worker busy with a large analysis: it could wait seconds.
        if (slot.tasks[0]?.heavy) continue;
        // The oldest task that may go: a large one only to an idle worker of a heavy lane.
        const index = queue.findIndex((task) => !task.heavy || (depth === 0 && isHeavyLane(slotIndex)));
        if (index < 0) continue;
        const [task] = queue.splice(index, 1) as [Task];
        clearTimeout(slot.recycleTimer);
        slot.tasks.push(task);
        slot.worker.ref(); // a running analysis keeps the process alive, an idle worker does not
        slot.worker.postMessage({ id: task.id, input: task.input } satisfies WorkerTask);
        if (slot.tasks.length === 1) startBudget(slot);
      }
    }
  };

  const timeoutMs = options.timeoutMs ?? 20_000;
  const maxQueued = options.maxQueued ?? 64;

  const settle = (task: Task) => {
    task.settled = true;
    clearTimeout(task.timer);
    task.stopListening?.();
  };

  /** The head task of `slot` is running now: its time budget starts. */
  const startBudget = (slot: Slot) => {
    const task = slot.tasks[0];
    if (!task) return;
    if (task.settled) {
      // Abandoned while it waited in this worker's inbox: give it the grace, not the budget.
      setTimeout(() => slot.tasks[0] === task && stopWorker(slot, new Error("abandoned")), ABANDONED_GRACE_MS).unref();
      return;
    }
    task.timer = setTimeout(() => {
      const seconds = Math.round(timeoutMs / 100) / 10;
      stopWorker(slot, new AnalysisStoppedError("timeout", `The analysis took longer than the ${seconds}-second limit and was stopped.`));
    }, timeoutMs);
    task.timer.unref();
  };

  /**
   * Stops a worker in the middle of its running task (over budget, or abandoned), failing
   * that task with `error`; tasks it had not started go back to the front of the line.
   */
  const stopWorker = (slot: Slot, error: Error) => {
    const index = slots.indexOf(slot);
    if (index < 0) return;
    const [running, ...unstarted] = slot.tasks.splice(0);
    if (running && !running.settled) {
      settle(running);
      running.reject(error);
    }
    queue.unshift(...unstarted.filter((task) => !task.settled));
    slots[index] = spawn(index);
    void slot.worker.terminate();
    dispatch();
    drained?.();
  };

  const abandon = (task: Task) => {
    if (task.settled) return;
    settle(task);
    task.reject(new AnalysisStoppedError("abandoned", "The client went away before the analysis finished."));
    const queued = queue.indexOf(task);
    if (queued >= 0) {
      queue.splice(queued, 1);
      drained?.();
      return;
    }
    // Sent to a worker: if it is still running it shortly, stop that worker.
    setTimeout(() => {
      const slot = slots.find((s) => s.tasks[0] === task);
      if (slot) stopWorker(slot, new Error("abandoned"));
    }, ABANDONED_GRACE_MS).unref();
  };

  const spawn = (index: number): Slot => {
    const niceness = options.size >= 2 && isHeavyLane(index) ? HEAVY_LANE_NICENESS : 0;
    const worker = new Worker(options.workerFile, { workerData: { ...options.workerData, niceness } satisfies WorkerOptionsData });
    const slot: Slot = { worker, tasks: [], ready: false };
    worker.on("message", (reply: WorkerReply | typeof WORKER_READY) => {
      if (reply === WORKER_READY) {
        slot.ready = true;
        worker.unref(); // idle from now on: an idle worker must not keep the process alive
        restartDelay = FIRST_RESTART_DELAY_MS;
        if (slots.every((s) => s.ready)) settleReady?.resolve();
        dispatch();
        drained?.();
        return;
      }
      const task = slot.tasks[0];
      if (!task || task.id !== reply.id) return;
      slot.tasks.shift();
      if (slot.tasks.length === 0) worker.unref();
      else startBudget(slot);
      if (!task.settled) {
        settle(task);
        if (reply.ok) task.resolve(reply.json);
        else task.reject(new Error(reply.message));
      }
      if ((reply.heapMb ?? 0) > RECYCLE_HEAP_MB) {
        clearTimeout(slot.recycleTimer);
        slot.recycleTimer = setTimeout(() => {
          if (slot.tasks.length === 0 && !closed) stopWorker(slot, new Error("recycled"));
        }, RECYCLE_IDLE_MS);
        slot.recycleTimer.unref();
      }
      dispatch();
      drained?.();
    });
    const replace = (reason: string) => {
      console.error(`An analysis worker stopped (${reason}); starting another.`);
      // The worker runs its tasks in order: the first one took it down; the rest never
      // started, so they go back to the front of the line.
      const [running, ...unstarted] = slot.tasks.splice(0);
      if (running && !running.settled) {
        settle(running);
        running.reject(new Error(`The analysis worker stopped (${reason}).`));
      }
      queue.unshift(...unstarted.filter((task) => !task.settled));
      const index = slots.indexOf(slot);
      if (index < 0) return;
      if (slot.ready) {
        slots[index] = spawn(index);
      } else {
        // It never loaded: the next one will likely fail the same way.
        settleReady?.reject(new Error(`An analysis worker could not start: ${reason}`));
        slots[index] = { ...slot, tasks: [], failedToStart: true };
        setTimeout(() => {
          if (slots[index]?.worker === slot.worker && !closed) slots[index] = spawn(index);
        }, restartDelay).unref();
        restartDelay = Math.min(MAX_RESTART_DELAY_MS, restartDelay * 2);
      }
      dispatch();
      drained?.();
    };
    worker.on("error", (error) => replace(error.message));
    worker.on("exit", (code) => {
      if (slots.includes(slot)) replace(`exit code ${code}`);
    });
    // Referenced while it loads: a server awaiting ready() has nothing else keeping it alive.
    return slot;
  };

  for (let i = 0; i < Math.max(1, options.size); i++) slots.push(spawn(i));

  return {
    ready: () => allReady,
    analyze(input, { signal } = {}) {
      if (closed) return Promise.reject(new Error("The analysis pool is closed."));
      if (signal?.aborted) return Promise.reject(new AnalysisStoppedError("abandoned", "The client went away before the analysis started."));
      if (queue.length >= maxQueued) {
        return Promise.reject(new AnalysisStoppedError("busy", "Too many analyses are waiting: try again in a few seconds."));
      }
      return new Promise<string>((resolve, reject) => {
        const heavy = (input.original?.length ?? 0) + input.suspect.length >= HEAVY_CHARS;
        const task: Task = { id: nextId++, input, resolve, reject, heavy };
        if (signal) {
          const onAbort = () => abandon(task);
          signal.addEventListener("abort", onAbort, { once: true });
          task.stopListening = () => signal.removeEventListener("abort", onAbort);
        }
        queue.push(task);
        dispatch();
      });
    },
    pending: () => queue.length + slots.reduce((sum, slot) => sum + slot.tasks.filter((task) => !task.settled).length, 0),
    async close() {
      closed = true;
      // Queued analyses still run on workers that are up or starting; none run if all failed to start.
      const working = () => slots.some((slot) => slot.tasks.length > 0) || (queue.length > 0 && slots.some((slot) => !slot.failedToStart));
      while (working()) await new Promise<void>((resolve) => (drained = resolve));
      for (const task of queue.splice(0)) {
        settle(task);
        task.reject(new Error("The analysis pool is closed."));
      }
      await Promise.all(slots.splice(0).map((slot) => slot.worker.terminate()));
    },
  };
}
