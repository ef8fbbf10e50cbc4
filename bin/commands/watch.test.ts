import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../test-run-cli";
import { articlePage, readCorpusArticle, serve, startArticleServer, type ArticleServer } from "@/lib/fetch/test-article-server";

const dir = mkdtempSync(join(tmpdir(), "unspun-watch-cli-"));
const topic = "health-measles-outbreak";
const write = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const articleText = (file: "original" | "spun" | "edit") => {
  const { headline, body } = readCorpusArticle(topic, file);
  return `${headline}\n\n${body}`;
};
const original = write("original.txt", articleText("original"));
const spun = write("spun.txt", articleText("spun"));
const edit = write("edit.txt", articleText("edit"));
const same = write("same.txt", articleText("original"));
const binary = write("image.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
const spunArticle = readCorpusArticle(topic, "spun");
let server: ArticleServer;

beforeAll(async () => {
  server = await startArticleServer({ "/spun": serve.html(articlePage(spunArticle.headline, spunArticle.body)) });
});
afterAll(() => server.close());

const run = (argv: string[], env: Record<string, string> = {}) => runCli(argv, { env });

type Row = { name: string; spinScore?: number; verdict?: string; error?: string; sourceUrl: string | null };

describe("unspun watch", () => {
  it("ranks the copies by spin score as JSON, a failing file kept as a row with its reason", async () => {
    const { code, out, err } = await run(["watch", "--original", original, same, edit, binary, spun, "--json"]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const { rows } = JSON.parse(out) as { rows: Row[] };
    expect(rows.map((row) => row.name)).toEqual([spun, edit, same, binary]);
    expect(rows[0]!.spinScore).toBeGreaterThan(rows[1]!.spinScore!);
    expect(rows[2]!.spinScore).toBe(0);
    expect(rows[3]!.error).toMatch(/not text: it contains binary data/);
  });

  it("prints CSV with one line per copy", async () => {
    const { code, out } = await run(["watch", "--original", original, edit, spun, "--csv"]);
    expect(code).toBe(0);
    const lines = out.trimEnd().split("\r\n");
    expect(lines[0]).toBe("rank,copy,source_url,spin_score,verdict,fact_changes,findings,review_url,error");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(new RegExp(`^1,${spun.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")},,0\\.\\d\\d,`));
  });

  it("prints a readable table by default", async () => {
    const { code, out } = await run(["watch", "--original", original, spun, same]);
    expect(code).toBe(0);
    expect(out.split("\n")[0]).toMatch(/^rank\s+score\s+verdict/);
    expect(out.split("\n")[1]).toContain(spun);
    expect(out.split("\n")[2]).toMatch(/0\.00.*same\.txt$/);
  });

  it("fetches a copy given by link when the operator allows the local network", async () => {
    const link = `${server.origin}/spun`;
    const { code, out } = await run(["watch", "--original", original, link, "--json"], { UNSPUN_FETCH_ALLOW_PRIVATE: "true" });
    expect(code).toBe(0);
    expect((JSON.parse(out) as { rows: Row[] }).rows[0]).toMatchObject({ name: link, sourceUrl: link });
  });

  it("reports a refused link in its row and exits 0", async () => {
    const { code, out } = await run(["watch", "--original", original, `${server.origin}/spun`, "--json"]);
    expect(code).toBe(0);
    expect((JSON.parse(out) as { rows: Row[] }).rows[0]!.error).toMatch(/loopback address/);
  });

  it.each([
    [["watch", spun], /--original FILE is required/],
    [["watch", "--original", original], /at least one suspect/],
    [["watch", "--original", join(dir, "missing.txt"), spun], /the original .*missing\.txt does not exist/],
    [["watch", "--original", binary, spun], /the original .* is not text/],
    [["watch", "--original", original, spun, "--json", "--csv"], /one of --json and --csv/],
    [["watch", "--original", original, "-"], /only the original can come from standard input/],
    [["watch", "--original", original, spun, "--bogus"], /unknown option "--bogus"/],
    [["watch", "--original", "http://10.1.2.3/story", spun], /10\.1\.2\.3, a private address/],
  ])("exits 2 with one line on stderr for %j", async (argv, message) => {
    const { code, out, err } = await run(argv);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(message);
    expect(err.trimEnd().split("\n")).toHaveLength(1);
  });
});

describe("unspun analyze with a link in place of FILE", () => {
  it("fetches the suspect and records its URL in the Analysis", async () => {
    const link = `${server.origin}/spun`;
    const { code, out } = await run(["analyze", "--original", original, "--suspect", link, "--json"], { UNSPUN_FETCH_ALLOW_PRIVATE: "true" });
    expect(code).toBe(0);
    const analysis = JSON.parse(out) as { suspectUrl: string; summary: { spinScore: number } };
    expect(analysis.suspectUrl).toBe(link);
    expect(analysis.summary.spinScore).toBeGreaterThan(0);
  });

  it("exits 2 with the refusal when the link is private", async () => {
    const { code, out, err } = await run(["analyze", "--suspect", `${server.origin}/spun`]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(/^unspun: The link points to 127\.0\.0\.1, a loopback address/);
  });
});
