/**
 * The production server (`npm start`): Next's request handler for pages and server
 * actions, plus two things `next start` cannot do:
 * - analyses run on worker threads (lib/analysis-runner), so a long analysis never holds
 *   up reads and every core works;
 * - the JSON API is answered without Next's pipeline (api-fast-path.ts);
 * - repeat views of a review page are answered from a cache of rendered pages, each with
 *   a fresh CSP nonce (review-page-cache.ts).
 * It also stamps each request with the socket's address, the only client address a
 * client cannot forge (lib/client-address.ts).
 *
 * Bundled by scripts/build-server.mjs into server/dist/server.mjs; `-p`/`-H` work as with
 * `next start`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import next from "next";
import { createAnalysisPool, type AnalysisPool } from "@/lib/analysis-runner/pool";
import { installAnalysisPool } from "@/lib/analysis-runner/run-analysis";
import { CLIENT_ADDRESS_HEADER, markClientAddressStamped } from "@/lib/client-address";
import { getConfig } from "@/lib/config";
import { startServer } from "@/lib/startup";
import { archiveToken } from "@/lib/archive/access";
import { closeStore, getStore, onResultGone } from "@/lib/store";
import { answerApiRequest } from "./api-fast-path";
import { answerUnexpected, createRequestGuard } from "./guard-request";
import { createRefusalHold } from "./hold-refusal";
import { createReviewPageCache } from "./review-page-cache";
import { registerHangUp } from "@/lib/request-signal";

const { values: args } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
  allowPositionals: false,
});

async function main(): Promise<void> {
  // React and Next pick their production builds from NODE_ENV (typed read-only by Next).
  (process.env as Record<string, string | undefined>).NODE_ENV ??= "production";
  if (args.port) process.env.PORT = args.port;
  await startServer(); // validates the configuration (exits on a bad value) and opens the store
  const config = getConfig();
  const hostname = args.hostname ?? process.env.HOSTNAME ?? "0.0.0.0";

  const workers = config.analysisWorkers ?? Math.min(availableParallelism(), MAX_DEFAULT_WORKERS);
  const pool: AnalysisPool | null =
    workers > 0
      ? createAnalysisPool({
          workerFile: new URL("./analysis-worker.mjs", import.meta.url),
          size: workers,
          timeoutMs: config.analysisTimeoutMs,
          maxQueued: config.analysisQueue,
        })
      : null;
  const app = next({ dev: false, dir: process.cwd(), hostname, port: config.port });
  // A worker that cannot load its lexicons stops the start, with its error.
  await Promise.all([pool?.ready(), app.prepare()]);
  installAnalysisPool(pool);
  markClientAddressStamped();
  const handleWithNext = app.getRequestHandler();
  // One hold for every 429, pages and API alike: it bounds how many refusals wait at once.
  const holdRefusal = createRefusalHold();
  const guard = createRequestGuard(config, holdRefusal);
  // With an archive the review page shows its panel, which changes as the archive grows.
  const reviewPages = archiveToken() === null ? createReviewPageCache({ store: getStore, trustProxy: config.trustProxy }) : null;
  if (reviewPages) onResultGone((id) => reviewPages.pages.forget(id));

  let stopping = false;
  const server = createServer((request, reply) => void handle(request, reply));
  async function handle(request: IncomingMessage, reply: ServerResponse): Promise<void> {
    stampClientAddress(request, config.trustProxy);
    // While stopping, no connection is kept alive for another request.
    if (stopping) reply.setHeader("connection", "close");
    try {
      if (guard(request, reply)) return;
      if (await answerApiRequest(request, reply, holdRefusal)) return;
      if (reviewPages && (await reviewPages.answer(request, reply, handleWithNext))) return;
      // Next gives server actions no hang-up signal: the form's action finds this one (lib/request-signal.ts).
      registerHangUp(request, reply);
      await handleWithNext(request, reply);
    } catch (error) {
      answerUnexpected(request, reply, error);
    }
  }

  server.listen(config.port, hostname, () => {
    const shown = hostname === "0.0.0.0" ? "localhost" : hostname;
    console.log(`Unspun ready on http://${shown}:${config.port} (${workers} analysis worker${workers === 1 ? "" : "s"})`);
  });

  // Stop taking connections, let open requests (and their analyses) finish, then stop
  // the workers and close the store; give up after 10 s.
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing open requests, then stopping.`);
    server.close(() => {
      void Promise.allSettled([pool?.close(), closeStore(), app.close()]).then(() => process.exit(0));
    });
    server.closeIdleConnections();
    setTimeout(() => {
      console.error("Requests were still open after 10 s: stopping anyway.");
      process.exit(1);
    }, 10_000).unref();
  };
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.once("SIGINT", () => stop("SIGINT"));
}

/** More workers than this only add memory (~60 MB each) on a big machine; set UNSPUN_ANALYSIS_WORKERS to go higher. */
const MAX_DEFAULT_WORKERS = 8;

let warnedAboutProxy = false;

/** Replaces whatever the client sent in the header with the address the socket came from. */
function stampClientAddress(request: IncomingMessage, trustProxy: boolean): void {
  // After a server action redirects, Next fetches the new page from this same server, copying
  // the action's headers: the X-Forwarded-For it added and our stamp. That is not a proxy.
  const nextSelfFetch = request.headers[CLIENT_ADDRESS_HEADER] !== undefined && isLoopback(request.socket.remoteAddress);
  request.headers[CLIENT_ADDRESS_HEADER] = request.socket.remoteAddress ?? "unknown";
  if (!trustProxy && !warnedAboutProxy && !nextSelfFetch && request.headers["x-forwarded-for"]) {
    warnedAboutProxy = true;
    console.warn(
      "A request came with X-Forwarded-For, but UNSPUN_TRUST_PROXY is off: clients are rate-limited by the address they connect from. Behind a reverse proxy that is the proxy's, so set UNSPUN_TRUST_PROXY=true.",
    );
  }
}

function isLoopback(address: string | undefined): boolean {
  return address === "::1" || address === "::ffff:127.0.0.1" || (address?.startsWith("127.") ?? false);
}

main().catch((error: unknown) => {
  console.error("Unspun could not start:", error);
  process.exit(1);
});
