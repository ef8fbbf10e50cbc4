import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

/** A production server started by a test with its own environment (e.g. a tiny rate limit). */
/** `output` is what the server has printed so far (stdout and stderr). */
export type SpawnedServer = { url: string; stop: () => Promise<void>; output: () => string };

/** A TCP port nothing listens on right now, chosen by the OS. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the production server (`npm start`) on the existing build (NEXT_DIST_DIR) with extra environment
 * variables, waits until it answers, and returns its URL and a stop function. Used for
 * settings the shared webServer cannot vary per test, such as UNSPUN_RATE_LIMIT.
 */
export async function spawnServer(env: Record<string, string>): Promise<SpawnedServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    ["server/dist/server.mjs", "-p", String(port), "-H", "127.0.0.1"],
    { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });

  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited early:\n${output}`);
    try {
      const response = await fetch(url, { method: "HEAD" });
      if (response.status < 500) return { url, stop, output: () => output };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`the server did not answer within 30 s:\n${output}`);
}
