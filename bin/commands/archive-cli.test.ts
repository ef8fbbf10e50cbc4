import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { resetConfigForTests } from "@/lib/config";
import { runCli } from "../test-run-cli";

const dir = mkdtempSync(join(tmpdir(), "unspun-archive-cli-"));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const corpus = (topic: string, name: string) => readFileSync(join("eval/corpus", topic, name), "utf8");

const run = (argv: string[]) => runCli(argv);

beforeAll(() => {
  process.env.UNSPUN_DATA_DIR = join(dir, "data");
  delete process.env.DATABASE_URL;
  delete process.env.UNSPUN_ARCHIVE_TOKEN; // the CLI is the local operator: no token needed
  resetConfigForTests();
});

describe("unspun archive and find", () => {
  it("adds files, reporting empty and binary ones per file without aborting the batch", async () => {
    const good = file("grocer.txt", corpus("business-grocer-deal", "original.txt"));
    const other = file("measles.md", corpus("health-measles-outbreak", "original.txt"));
    const { code, out, err } = await run(["archive", "add", good, file("empty.txt", ""), file("blob.txt", Buffer.from([1, 0, 2, 0])), other]);
    expect(code).toBe(0);
    expect(out).toBe("2 added, 0 updated, 2 skipped.\n");
    expect(err).toMatch(/empty\.txt/);
    expect(err).toMatch(/blob\.txt is not text/);
    expect((await run(["archive", "add", good])).out).toBe("0 added, 1 updated, 0 skipped.\n");
  });

  it("imports a .jsonl, skipping bad lines by number", async () => {
    const lines = [
      JSON.stringify({ title: "Reef", url: "https://news.example/reef", published: "2024-04-01", text: corpus("science-reef-bleaching", "original.txt") }),
      "{broken",
      JSON.stringify({ title: "No text" }),
    ];
    const { code, out, err } = await run(["archive", "import", file("a.jsonl", lines.join("\n"))]);
    expect(code).toBe(0);
    expect(out).toBe("1 added, 0 updated, 2 skipped.\n");
    expect(err).toMatch(/line 2: not JSON/);
    expect(err).toMatch(/line 3/);
  });

  it("finds the source of a spun copy first, as {candidates}", async () => {
    const { code, out } = await run(["find", "--suspect", file("spun.txt", corpus("science-reef-bleaching", "spun.txt")), "--json"]);
    expect(code).toBe(0);
    const { candidates } = JSON.parse(out);
    expect(candidates[0]).toMatchObject({ title: "Reef", url: "https://news.example/reef", published: "2024-04-01" });
  });

  it("lists, shows and deletes; exit 2 with one line for an unknown id or a missing file", async () => {
    const listed = JSON.parse((await run(["archive", "list", "--json"])).out);
    expect(listed.total).toBe(3);
    const id = listed.articles[0].id;
    expect((await run(["archive", "show", id])).code).toBe(0);
    expect((await run(["archive", "delete", id])).out).toBe(`Deleted ${id}.\n`);
    const again = await run(["archive", "delete", id]);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/^unspun: no article/);
    const missing = await run(["find", "--suspect", join(dir, "nope.txt")]);
    expect(missing).toMatchObject({ code: 2, out: "" });
    expect((await run(["archive", "import", join(dir, "nope.jsonl")])).code).toBe(2);
    expect((await run(["archive", "frobnicate"])).code).toBe(2);
  });
});
