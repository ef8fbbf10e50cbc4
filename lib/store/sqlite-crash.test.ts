import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, expect, it } from "vitest";
import { openSqliteStore } from "./sqlite";

const dir = mkdtempSync(join(tmpdir(), "unspun-crash-"));
const children = new Set<ChildProcess>();
afterAll(() => {
  // A failed or timed-out run must not leave a writer filling the disk.
  for (const child of children) child.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

/** Starts the writer, waits until it has saved `count` results, then kills it with SIGKILL. */
function killWriterAfter(file: string, count: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(import.meta.dirname, "test-crash-writer.ts"), file], {
      cwd: join(import.meta.dirname, "../.."),
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.add(child);
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`writer saved too little in 20 s: ${out.split("\n").length - 1} results; ${err}`));
    }, 20_000);
    let out = "";
    let err = "";
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.split("\n").length > count) child.kill("SIGKILL");
    });
    child.on("exit", (_code, signal) => {
      clearTimeout(timer);
      children.delete(child);
      if (signal !== "SIGKILL") reject(new Error(`writer exited on its own: ${err}`));
      else resolve(out.split("\n").filter((line) => /^[\w-]{22}$/.test(line)));
    });
  });
}

it("loses no saved result and leaves no half-written one when the process is killed mid-write", async () => {
  const file = join(dir, "unspun.db");
  const reported = [...(await killWriterAfter(file, 5)), ...(await killWriterAfter(file, 12))];
  expect(reported.length).toBeGreaterThanOrEqual(17);

  const store = openSqliteStore({ file, retentionDays: 30 });
  try {
    // Every save that returned is there and reads back whole.
    for (const id of reported) expect((await store.get(id))?.analysis.suspect.text.length).toBe(396_000);
    // Whatever else made it in is whole too: every row parses against the contract.
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma("integrity_check", { simple: true })).toBe("ok");
    const ids = raw.prepare<[], { id: string }>("SELECT id FROM results").all();
    raw.close();
    for (const { id } of ids) expect(await store.get(id)).not.toBeNull();
  } finally {
    await store.close();
  }
});
