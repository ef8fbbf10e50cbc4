#!/usr/bin/env node
// The `unspun` command. It runs the bundle that `npm install` builds (bin/dist/cli.mjs)
// when that is newer than every source file, and otherwise compiles the TypeScript
// sources on the fly with tsx, so it works right after `npm install` with no build step
// and never runs stale code while the engine is being edited.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const bundle = join(root, "bin/dist/cli.mjs");

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const fresh =
  existsSync(bundle) &&
  statSync(bundle).mtimeMs >= Math.max(newestSource(join(root, "lib")), newestSource(join(root, "bin")));
let cli;
if (fresh) {
  cli = await import(bundle);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  cli = await import("./cli.ts");
}
process.exitCode = await cli.main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
