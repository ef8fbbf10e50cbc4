import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetConfigForTests } from "@/lib/config";
import { closeArchiveStore } from "@/lib/store/archive-index";
import { GET as LIST, POST as ADD } from "./route";
import { DELETE, GET } from "./[id]/route";
import { POST as SEARCH } from "./search/route";

const dataDir = mkdtempSync(join(tmpdir(), "unspun-archive-api-"));
const ORIGIN = "http://127.0.0.1:3401";
const TOKEN = "operator-secret-for-tests-0123456789";
const corpus = (topic: string, file: string) => readFileSync(join("eval/corpus", topic, file), "utf8");

beforeAll(() => {
  Object.assign(process.env, { UNSPUN_DATA_DIR: dataDir, UNSPUN_ARCHIVE_TOKEN: TOKEN });
  delete process.env.DATABASE_URL;
  resetConfigForTests();
});
afterAll(async () => {
  await closeArchiveStore();
  delete process.env.UNSPUN_ARCHIVE_TOKEN;
  rmSync(dataDir, { recursive: true, force: true });
});

const auth = (token = TOKEN) => ({ authorization: `Bearer ${token}`, "content-type": "application/json" });
const post = (handler: typeof ADD, path: string, body: unknown, headers: Record<string, string> = auth()) =>
  handler(new Request(`${ORIGIN}${path}`, { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) }));
const context = (id: string) => ({ params: Promise.resolve({ id }) });

describe("archive API access", () => {
  it("answers 403 with how to turn the archive on when no token is configured", async () => {
    delete process.env.UNSPUN_ARCHIVE_TOKEN;
    const response = await LIST(new Request(`${ORIGIN}/api/archive`, { headers: auth() }));
    process.env.UNSPUN_ARCHIVE_TOKEN = TOKEN;
    expect(response.status).toBe(403);
    expect((await response.json()).error).toMatch(/UNSPUN_ARCHIVE_TOKEN/);
  });

  it("answers 401 without a token or with a wrong one, for every call", async () => {
    expect((await LIST(new Request(`${ORIGIN}/api/archive`))).status).toBe(401);
    expect((await post(ADD, "/api/archive", { text: "x" }, auth("wrong"))).status).toBe(401);
    expect((await post(SEARCH, "/api/archive/search", { suspect: "x" }, { "content-type": "application/json" })).status).toBe(401);
    expect((await GET(new Request(`${ORIGIN}/api/archive/x`), context("x"))).status).toBe(401);
    expect((await DELETE(new Request(`${ORIGIN}/api/archive/x`, { method: "DELETE" }), context("x"))).status).toBe(401);
  });

  it("accepts the token from the Archive page's cookie", async () => {
    const response = await LIST(new Request(`${ORIGIN}/api/archive`, { headers: { cookie: `unspun_archive=${TOKEN}` } }));
    expect(response.status).toBe(200);
  });
});

describe("archive API", () => {
  it("adds one article (201), updates it when added again (200), and rejects bad input (400, 413)", async () => {
    const text = corpus("courts-rental-ban", "original.txt");
    const first = await post(ADD, "/api/archive", { title: "Rental ban", url: "https://news.example/rentals", published: "2025-02-03", text });
    expect(first.status).toBe(201);
    const { id } = await first.json();
    const again = await post(ADD, "/api/archive", { title: "Rental ban", url: "https://news.example/rentals", text });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ id, status: "updated" });
    expect((await post(ADD, "/api/archive", { text: "" })).status).toBe(400);
    expect((await post(ADD, "/api/archive", "{not json")).status).toBe(400);
    expect((await post(ADD, "/api/archive", { text: "Some text.", url: "ftp://x" })).status).toBe(400);
    expect((await post(ADD, "/api/archive", { text: "a".repeat(200_001) })).status).toBe(413);
  });

  it("adds a batch, reporting each bad article and skipping it", async () => {
    const response = await post(ADD, "/api/archive", {
      articles: [
        { title: "Floods", text: corpus("weather-nelson-floods", "original.txt") },
        { title: "Empty", text: "   " },
        { title: "Binary", text: "ab\u0000cd" },
        { title: "Marathon", text: corpus("sport-marathon-record", "original.txt") },
      ],
    });
    expect(response.status).toBe(200);
    const { results } = await response.json();
    expect(results.map((r: { status?: string; error?: string }) => r.status ?? "error")).toEqual(["added", "error", "error", "added"]);
    expect(results[1].error).toMatch(/empty/);
    expect(results[2].error).toMatch(/binary/);
  });

  it("lists, opens and deletes articles (404 once deleted)", async () => {
    const list = await (await LIST(new Request(`${ORIGIN}/api/archive?limit=10`, { headers: auth() }))).json();
    expect(list.total).toBe(3);
    expect(list.articles[0]).not.toHaveProperty("text");
    const id = list.articles.find((a: { title: string }) => a.title === "Marathon").id;
    const opened = await GET(new Request(`${ORIGIN}/api/archive/${id}`, { headers: auth() }), context(id));
    expect((await opened.json()).text).toContain("marathon");
    expect((await DELETE(new Request(`${ORIGIN}/api/archive/${id}`, { method: "DELETE", headers: auth() }), context(id))).status).toBe(204);
    expect((await GET(new Request(`${ORIGIN}/api/archive/${id}`, { headers: auth() }), context(id))).status).toBe(404);
    expect((await DELETE(new Request(`${ORIGIN}/api/archive/${id}`, { method: "DELETE", headers: auth() }), context(id))).status).toBe(404);
    expect((await LIST(new Request(`${ORIGIN}/api/archive?limit=0`, { headers: auth() }))).status).toBe(400);
  });

  it("searches: the spun copy's source comes first with id, title, url, published, score and evidence", async () => {
    const response = await post(SEARCH, "/api/archive/search", { suspect: corpus("courts-rental-ban", "spun.txt") });
    expect(response.status).toBe(200);
    const { candidates } = await response.json();
    expect(Object.keys(candidates[0]).sort()).toEqual(["evidence", "id", "published", "score", "title", "url"]);
    expect(candidates[0]).toMatchObject({ title: "Rental ban", url: "https://news.example/rentals", published: "2025-02-03" });
    expect(candidates[0].score).toBeGreaterThan(candidates[1]?.score ?? 0);
    expect(candidates[0].evidence.names).toContain("Larimer");
    expect((await post(SEARCH, "/api/archive/search", { suspect: "" })).status).toBe(400);
    expect((await post(SEARCH, "/api/archive/search", { suspect: 5 })).status).toBe(400);
  });
});
