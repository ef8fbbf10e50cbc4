import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetConfigForTests } from "@/lib/config";
import { articlePage, readCorpusArticle, serve, startArticleServer, type ArticleServer } from "@/lib/fetch/test-article-server";
import { resetRateLimitForTests } from "@/lib/rate-limit";
import { closeStore } from "@/lib/store";
import { POST as ANALYSE } from "../analyses/route";
import { GET } from "../analyses/[id]/route";
import { POST } from "./route";

const dataDir = mkdtempSync(join(tmpdir(), "unspun-watch-api-"));
const ORIGIN = "http://127.0.0.1:3501";
const topic = "courts-rental-ban";
const read = (file: "original" | "spun" | "edit") => {
  const { headline, body } = readCorpusArticle(topic, file);
  return `${headline}\n\n${body}`;
};
const ORIGINAL = read("original");
const SPUN = read("spun");
const EDIT = read("edit");
const spunArticle = readCorpusArticle(topic, "spun");

let server: ArticleServer;

function configure(env: Record<string, string>) {
  Object.assign(process.env, { UNSPUN_DATA_DIR: dataDir, UNSPUN_RATE_LIMIT: "0", UNSPUN_BASE_URL: "", UNSPUN_FETCH_ALLOW_PRIVATE: "" }, env);
  resetConfigForTests();
  resetRateLimitForTests();
}

beforeAll(async () => {
  configure({});
  server = await startArticleServer({ "/spun": serve.html(articlePage(spunArticle.headline, spunArticle.body)) });
});
afterAll(async () => {
  await server.close();
  await closeStore();
  rmSync(dataDir, { recursive: true, force: true });
  delete process.env.UNSPUN_FETCH_ALLOW_PRIVATE;
});

const post = (body: unknown, route = POST) =>
  route(new Request(`${ORIGIN}/api/watch`, { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body), headers: { "content-type": "application/json" } }));

async function expectError(response: Response, status: number, message: RegExp) {
  expect(response.status).toBe(status);
  const body = (await response.json()) as { error: string };
  expect(Object.keys(body)).toEqual(["error"]);
  expect(body.error).toMatch(message);
}

type Row = { name: string; id?: string; url?: string; spinScore?: number; verdict?: string; counts?: Record<string, number>; error?: string; sourceUrl: string | null };

describe("POST /api/watch", () => {
  it("ranks the copies by spin score, stores each and links each to its review", async () => {
    const response = await post({ original: ORIGINAL, suspects: [{ name: "light edit", text: EDIT }, { name: "the same", text: ORIGINAL }, { name: "spun", text: SPUN }] });
    expect(response.status).toBe(200);
    const { rows } = (await response.json()) as { rows: Row[] };
    expect(rows.map((row) => row.name)).toEqual(["spun", "light edit", "the same"]);
    expect(rows[0]!.spinScore).toBeGreaterThan(rows[1]!.spinScore!);
    expect(rows[2]).toMatchObject({ spinScore: 0, counts: {} });
    for (const row of rows) {
      expect(row.url).toBe(`${ORIGIN}/r/${row.id}`);
      const stored = await GET(new Request(`${ORIGIN}/api/analyses/${row.id}`), { params: Promise.resolve({ id: row.id! }) });
      expect(stored.status).toBe(200);
      const { analysis } = (await stored.json()) as { analysis: { summary: { spinScore: number } } };
      expect(analysis.summary.spinScore).toBe(row.spinScore);
    }
  });

  it("keeps going when one copy cannot be used, and says why in its row", async () => {
    const response = await post({ original: ORIGINAL, suspects: [SPUN, "   ", { url: "http://127.0.0.1:9/story" }] });
    expect(response.status).toBe(200);
    const { rows } = (await response.json()) as { rows: Row[] };
    expect(rows[0]).toMatchObject({ name: "Copy 1" });
    expect(rows.slice(1).map((row) => row.error)).toEqual(["This copy is empty.", expect.stringMatching(/127\.0\.0\.1, a loopback address/)]);
    expect(rows[1]!.id).toBeUndefined();
  });

  it("fetches a copy given by link and records the link in its analysis", async () => {
    configure({ UNSPUN_FETCH_ALLOW_PRIVATE: "true" });
    try {
      const response = await post({ original: ORIGINAL, suspects: [{ url: `${server.origin}/spun` }] });
      const { rows } = (await response.json()) as { rows: Row[] };
      expect(rows[0]).toMatchObject({ name: `${server.origin}/spun`, sourceUrl: `${server.origin}/spun` });
      expect(rows[0]!.verdict).toMatch(/spun/);
      const stored = await GET(new Request(`${ORIGIN}/api/analyses/${rows[0]!.id}`), { params: Promise.resolve({ id: rows[0]!.id! }) });
      expect(((await stored.json()) as { analysis: { suspectUrl: string } }).analysis.suspectUrl).toBe(`${server.origin}/spun`);
    } finally {
      configure({});
    }
  });

  it.each([
    ["not JSON", "{", 400, /not valid JSON/],
    ["a list", [], 400, /not a JSON object/],
    ["no suspects", { original: ORIGINAL }, 400, /"suspects"/],
    ["an empty list", { original: ORIGINAL, suspects: [] }, 400, /at least one copy/],
    ["a copy that is a number", { original: ORIGINAL, suspects: [42] }, 400, /Each copy must be its text/],
    ["a copy with text and url", { original: ORIGINAL, suspects: [{ text: SPUN, url: "https://example.org/" }] }, 400, /either "text" or "url"/],
    ["no original", { suspects: [SPUN] }, 400, /needs the original/],
    ["an empty original", { original: "  ", suspects: [SPUN] }, 400, /original is empty/],
    ["51 copies", { original: ORIGINAL, suspects: Array.from({ length: 51 }, () => "x") }, 413, /at most 50 copies/],
    ["a private original link", { originalUrl: "http://10.0.0.1/", suspects: [SPUN] }, 403, /original link could not be used.*private address/],
    ["an ftp original link", { originalUrl: "ftp://example.org/", suspects: [SPUN] }, 400, /Only http and https/],
  ])("answers %s with %i", async (_label, body, status, message) => {
    await expectError(await post(body), status, message);
  });

  it("answers 413 for an original over the size limit", async () => {
    configure({ UNSPUN_MAX_CHARS: "1000" });
    try {
      await expectError(await post({ original: "word ".repeat(300), suspects: [SPUN] }), 413, /original is too long/);
    } finally {
      configure({ UNSPUN_MAX_CHARS: "" });
    }
  });

  it("answers 429 when the copies are more analyses than the rate limit leaves", async () => {
    configure({ UNSPUN_RATE_LIMIT: "2" });
    try {
      // A bad original is answered before the copies take the budget.
      await expectError(await post({ original: " ", suspects: [SPUN, EDIT] }), 400, /original is empty/);
      expect((await post({ original: ORIGINAL, suspects: [SPUN, EDIT] })).status).toBe(200);
      configure({ UNSPUN_RATE_LIMIT: "2" });
      const response = await post({ original: ORIGINAL, suspects: [SPUN, EDIT, ORIGINAL] });
      await expectError(response, 429, /each copy counts as one/);
      expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
    } finally {
      configure({});
    }
  });
});

describe("POST /api/analyses with links", () => {
  it("fetches the suspect from suspectUrl and records it in the stored analysis", async () => {
    configure({ UNSPUN_FETCH_ALLOW_PRIVATE: "true" });
    try {
      const response = await post({ original: ORIGINAL, suspectUrl: `${server.origin}/spun` }, ANALYSE);
      expect(response.status).toBe(201);
      const created = (await response.json()) as { analysis: { suspectUrl: string; suspect: { text: string }; summary: { verdict: string } } };
      expect(created.analysis.suspectUrl).toBe(`${server.origin}/spun`);
      expect(created.analysis.suspect.text.startsWith(spunArticle.body.split("\n")[0]!)).toBe(true);
    } finally {
      configure({});
    }
  });

  it.each([
    ["a loopback link", { suspectUrl: "http://127.0.0.1:9/x" }, 403, /suspect link could not be used.*loopback/],
    ["a link and a text for one side", { suspect: SPUN, suspectUrl: "https://example.org/" }, 400, /either as text \("suspect"\) or as a link/],
    ["a link that is not a string", { suspectUrl: 7 }, 400, /suspect link must be text/],
    ["a javascript: link", { suspectUrl: "javascript:alert(1)" }, 400, /Only http and https/],
  ])("refuses %s with %i", async (_label, body, status, message) => {
    await expectError(await post(body, ANALYSE), status, message);
  });

  it("answers 422 when the linked page has no article", async () => {
    configure({ UNSPUN_FETCH_ALLOW_PRIVATE: "true" });
    try {
      await expectError(await post({ suspectUrl: `${server.origin}/missing` }, ANALYSE), 422, /answered 404/);
    } finally {
      configure({});
    }
  });
});
