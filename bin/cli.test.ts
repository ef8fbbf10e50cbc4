import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PassThrough } from "node:stream";
import { main } from "./cli";
import { runCli } from "./test-run-cli";

const dir = mkdtempSync(join(tmpdir(), "unspun-cli-"));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const original = file("original.txt", "The council approved 14 new homes on Tuesday. Work began in May.");
const suspect = file("suspect.txt", "The council approved 41 new homes on Tuesday. Work started in May.");

const run = (argv: string[], stdinText = "") => runCli(argv, { stdinText });

describe("unspun analyze", () => {
  it("prints the Analysis as JSON and exits 0", async () => {
    const { code, out, err } = await run(["analyze", "--original", original, "--suspect", suspect, "--json"]);
    expect(code).toBe(0);
    expect(err).toBe("");
    const analysis = JSON.parse(out);
    expect(analysis.engine).toMatch(/^unspun /);
    expect(analysis.findings.map((f: { kind: string }) => f.kind)).toContain("number-change");
  });

  it("reads one side from standard input with -", async () => {
    const { code, out } = await run(["analyze", "--suspect", "-", "--json"], "The mayor opened the bridge on Monday.");
    expect(code).toBe(0);
    expect(JSON.parse(out).original).toBeNull();
  });

  it("prints a readable report without --json", async () => {
    const { code, out } = await run(["analyze", "--original", original, "--suspect", suspect]);
    expect(code).toBe(0);
    expect(out).toMatch(/^Verdict: /);
    expect(out).toContain('likely original: "14"');
  });

  it.each([
    ["a missing file", ["analyze", "--suspect", join(dir, "nope.txt")], /does not exist/],
    ["an empty file", ["analyze", "--suspect", file("empty.txt", "  \n")], /is empty/],
    ["a binary file", ["analyze", "--suspect", file("binary.bin", Buffer.from([0x50, 0x4b, 0x00, 0x01]))], /not text/],
    ["invalid UTF-8", ["analyze", "--suspect", file("latin1.txt", Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61]))], /not UTF-8/],
    ["no suspect", ["analyze", "--original", original], /--suspect FILE is required/],
    ["an unknown command", ["compare"], /unknown command/],
  ])("exits 2 with one line on stderr and nothing on stdout for %s", async (_name, argv, message) => {
    const { code, out, err } = await run(argv as string[]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(message as RegExp);
    expect(err.trim().split("\n")).toHaveLength(1);
  });

  it("exits 2 for a text over the size limit", async () => {
    const previous = process.env.UNSPUN_MAX_CHARS;
    process.env.UNSPUN_MAX_CHARS = "1000";
    try {
      const { code, err } = await run(["analyze", "--suspect", file("long.txt", "word ".repeat(400))]);
      expect(code).toBe(2);
      expect(err).toMatch(/too long/);
    } finally {
      if (previous === undefined) delete process.env.UNSPUN_MAX_CHARS;
      else process.env.UNSPUN_MAX_CHARS = previous;
    }
  });
});

describe("unspun analyze on endless or huge input", () => {
  const withLimit = async <T>(limit: string, body: () => Promise<T>) => {
    const previous = process.env.UNSPUN_MAX_CHARS;
    process.env.UNSPUN_MAX_CHARS = limit;
    try {
      return await body();
    } finally {
      if (previous === undefined) delete process.env.UNSPUN_MAX_CHARS;
      else process.env.UNSPUN_MAX_CHARS = previous;
    }
  };

  it("says too long for an endless file instead of reading it all (/dev/zero)", async () => {
    const { code, out, err } = await run(["analyze", "--suspect", "/dev/zero"]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(/suspect \(\/dev\/zero\) is too long: the limit is 200,000 characters/);
  });

  it("stops reading standard input past the limit and says too long", async () => {
    const stdin = new PassThrough();
    let written = 0;
    // An endless producer: the CLI must answer without waiting for an end that never comes.
    const pump = setInterval(() => {
      if (stdin.writableNeedDrain) return;
      stdin.write(Buffer.alloc(64 * 1024, 0x61));
      written += 64 * 1024;
    }, 0);
    let err = "";
    const stderr = new PassThrough().on("data", (d) => (err += d));
    try {
      const code = await withLimit("1000", () => main(["analyze", "--suspect", "-"], { stdin, stdout: new PassThrough(), stderr }));
      expect(code).toBe(2);
      expect(err).toMatch(/standard input\) is too long/);
      expect(written).toBeLessThan(10 * 1024 * 1024);
    } finally {
      clearInterval(pump);
    }
  });

  it("calls a file over the limit too long, not 'not UTF-8', even when it is cut mid-character", async () => {
    const { code, err } = await withLimit("1000", () => run(["analyze", "--suspect", file("accents.txt", "é".repeat(2_000))]));
    expect(code).toBe(2);
    expect(err).toMatch(/too long/);
  });
});

describe("the unspun command", () => {
  it("runs from bin/ with no build step and passes the exit code through", async () => {
    const { spawnSync } = await import("node:child_process");
    const bin = new URL("./unspun.mjs", import.meta.url).pathname;
    const ok = spawnSync(process.execPath, [bin, "analyze", "--suspect", suspect, "--json"], { encoding: "utf8" });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).suspect.text).toContain("41 new homes");
    const bad = spawnSync(process.execPath, [bin, "analyze", "--suspect", join(dir, "missing.txt")], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe("");
  });
});
