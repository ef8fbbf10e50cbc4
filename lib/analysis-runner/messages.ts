import type { AnalyzeInput } from "@/lib/analysis";
import type { Analysis } from "@/lib/analysis/types";

/** What the pool sends a worker: one analysis to run. */
export type WorkerTask = { id: number; input: AnalyzeInput };

/** What a worker answers: the analysis, or the message of the error the engine threw. */
export type WorkerReply = { id: number; ok: true; analysis: Analysis } | { id: number; ok: false; message: string };
