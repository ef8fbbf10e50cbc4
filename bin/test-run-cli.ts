import { PassThrough } from "node:stream";
import { main } from "./cli";

/**
 * Runs the CLI in-process, as a shell would: `stdinText` on standard input, output and
 * errors collected, and the exit code. `env` is set for the run only. For the CLI tests.
 */
export async function runCli(argv: string[], { stdinText = "", env = {} }: { stdinText?: string; env?: Record<string, string> } = {}) {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  const stdin = new PassThrough();
  stdin.end(stdinText);
  let out = "";
  let err = "";
  const stdout = new PassThrough().on("data", (d) => (out += d));
  const stderr = new PassThrough().on("data", (d) => (err += d));
  try {
    const code = await main(argv, { stdin, stdout, stderr });
    return { code, out, err };
  } finally {
    for (const key of Object.keys(env)) {
      if (key in saved) process.env[key] = saved[key];
      else delete process.env[key];
    }
  }
}
