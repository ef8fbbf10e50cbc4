/**
 * Starting and stopping a production server for scripts/soak.ts (the same steps as
 * scripts/loadtest.ts): build when there is none, a free loopback port, a temporary data
 * directory, the server in its own process group.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

/** Builds once when `root` has no production build. */
export function ensureBuild(root: string): void {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (existsSync(join(root, distDir, "BUILD_ID")) && existsSync(join(root, "server", "dist", "server.mjs"))) return;
  console.log(`No production build in ${root}: running npm run build first…`);
  const build = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) throw new Error("npm run build failed; fix the build and run again.");
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * `npm start` (server/dist/server.mjs) in `root`, listening on all of 127.0.0.0/8 so clients
 * can come from many loopback addresses. SOAK_NODE_ARGS adds options for the server's node
 * only (`--cpu-prof --cpu-prof-dir=/tmp/prof`, which NODE_OPTIONS refuses).
 */
export function startServer(root: string, port: number, env: Record<string, string>): ChildProcess {
  const nodeArgs = process.env.SOAK_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  return spawn(process.execPath, [...nodeArgs, join(root, "server", "dist", "server.mjs"), "-p", String(port), "-H", "0.0.0.0"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", UNSPUN_BASE_URL: "", ...env },
  });
}

export async function waitUntilReady(base: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    try {
      if ((await fetch(`${base}/api/analyses/${"A".repeat(22)}`)).status === 404) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("the server did not answer within 60 s");
}

export function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || !server.pid) return Promise.resolve();
  return new Promise((resolve) => {
    server.once("exit", () => resolve());
    process.kill(-server.pid!, "SIGTERM");
    setTimeout(() => server.exitCode === null && process.kill(-server.pid!, "SIGKILL"), 5_000).unref();
  });
}

/** Resident memory of a process in MB (Linux /proc), or NaN. */
export function residentMb(pid: number | undefined): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : NaN;
  } catch {
    return NaN;
  }
}
