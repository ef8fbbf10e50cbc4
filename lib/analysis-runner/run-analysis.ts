import { analyzeTexts, type AnalyzeInput } from "@/lib/analysis";
import type { Analysis } from "@/lib/analysis/types";
import { AnalysisStoppedError } from "./errors";
import type { AnalysisPool, AnalyzeOptions } from "./pool";

/**
 * Symbol.for, not a module variable: the production server (server/main.ts, bundled by
 * esbuild) installs the pool, and the server action and route handlers (bundled by Next)
 * find it, though each bundle has its own copy of this module.
 */
const POOL_KEY = Symbol.for("unspun.analysisPool");
const slot = globalThis as { [POOL_KEY]?: AnalysisPool };

/** Routes every later runAnalysis through `pool`; null runs analyses in the caller's thread again. */
export function installAnalysisPool(pool: AnalysisPool | null): void {
  if (pool) slot[POOL_KEY] = pool;
  else delete slot[POOL_KEY];
}

/**
 * Analyses a pair and gives the Analysis as JSON text, ready to store and send: on the
 * server's worker threads when the production server installed them, otherwise
 * (next dev, tests) right here.
 */
export function runAnalysisToJson(input: AnalyzeInput, options: AnalyzeOptions = {}): Promise<string> {
  const pool = slot[POOL_KEY];
  if (pool) return pool.analyze(input, options);
  // In this thread (next dev, tests) there is no budget to enforce, but a client already gone gets no analysis.
  if (options.signal?.aborted) return Promise.reject(new AnalysisStoppedError("abandoned", "The client went away before the analysis started."));
  return Promise.resolve().then(() => JSON.stringify(analyzeTexts(input)));
}

/** runAnalysisToJson for a caller that needs the Analysis itself (to render it). */
export async function runAnalysis(input: AnalyzeInput): Promise<Analysis> {
  const pool = slot[POOL_KEY];
  // In this thread there is no JSON to make: only a worker's answer needs parsing.
  return pool ? (JSON.parse(await pool.analyze(input)) as Analysis) : analyzeTexts(input);
}
