#!/usr/bin/env node
// The `unspun` command. It runs the TypeScript sources directly through tsx, so it works
// right after `npm install` with no build step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("./cli.ts");
process.exitCode = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
