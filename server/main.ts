/**
 * The production server (`npm start`): Next's request handler for pages and server
 * actions, plus two things `next start` cannot do:
 * - analyses run on worker threads (lib/analysis-runner), so a long analysis never holds
 *   up reads and every core works;
 * - the JSON API is answered without Next's pipeline (api-fast-path.ts).
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
import { CLIENT_ADDRESS_HEADER } from "@/lib/client-address";
import { getConfig } from "@/lib/config";
import { startServer } from "@/lib/startup";
import { closeStore } from "@/lib/store";
import { answerApiRequest } from "./api-fast-path";

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

  const workers = config.analysisWorkers ?? availableParallelism();
  const pool: AnalysisPool | null =
    workers > 0 ? createAnalysisPool({ workerFile: new URL("./analysis-worker.mjs", import.meta.url), size: workers }) : null;
  installAnalysisPool(pool);

  const app = next({ dev: false, dir: process.cwd(), hostname, port: config.port });
  await app.prepare();
  const handleWithNext = app.getRequestHandler();

  const server = createServer((request, reply) => void handle(request, reply));
  async function handle(request: IncomingMessage, reply: ServerResponse): Promise<void> {
    stampClientAddress(request);
    try {
      if (await answerApiRequest(request, reply)) return;
      await handleWithNext(request, reply);
    } catch (error) {
      console.error(`${request.method} ${request.url} failed:`, error);
      if (!reply.headersSent) {
        reply.writeHead(500, { "content-type": "application/json" });
        reply.end(JSON.stringify({ error: "The server could not answer because of an error on the server." }));
      } else reply.destroy();
    }
  }

  server.listen(config.port, hostname, () => {
    const shown = hostname === "0.0.0.0" ? "localhost" : hostname;
    console.log(`Unspun ready on http://${shown}:${config.port} (${workers} analysis worker${workers === 1 ? "" : "s"})`);
  });

  // Stop taking connections, let open requests (and their analyses) finish, then stop
  // the workers and close the store; give up after 10 s.
  const stop = (signal: string) => {
    console.log(`${signal}: finishing open requests, then stopping.`);
    server.close(() => {
      void Promise.allSettled([pool?.close(), closeStore(), app.close()]).then(() => process.exit(0));
    });
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.once("SIGINT", () => stop("SIGINT"));
}

/** Replaces whatever the client sent in the header with the address the socket came from. */
function stampClientAddress(request: IncomingMessage): void {
  const address = request.socket.remoteAddress;
  if (address) request.headers[CLIENT_ADDRESS_HEADER] = address;
  else delete request.headers[CLIENT_ADDRESS_HEADER];
}

main().catch((error: unknown) => {
  console.error("Unspun could not start:", error);
  process.exit(1);
});
