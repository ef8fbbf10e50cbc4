import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { analyzeTexts } from "@/lib/analysis";
import { resetConfigForTests } from "@/lib/config";
import { resetRateLimitForTests } from "@/lib/rate-limit";
import { closeStore, getStore } from "@/lib/store";
import { GET as LIST, POST } from "./route";
import { DELETE, GET } from "./[id]/route";
import { GZIP_MIN_BYTES, SENT_AS_IS } from "../_lib/gzip-once";

const dataDir = mkdtempSync(join(tmpdir(), "unspun-api-"));
const ORIGIN = "http://127.0.0.1:3201";

function configure(env: Record<string, string>) {
  Object.assign(process.env, { UNSPUN_DATA_DIR: dataDir, UNSPUN_MAX_CHARS: "1000", UNSPUN_RATE_LIMIT: "0", UNSPUN_BASE_URL: "" }, env);
  resetConfigForTests();
  resetRateLimitForTests();
}

beforeAll(() => configure({}));
afterAll(async () => {
  await closeStore();
  rmSync(dataDir, { recursive: true, force: true });
});

function post(body: unknown, headers: Record<string, string> = {}) {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  return POST(
    new Request(`${ORIGIN}/api/analyses`, { method: "POST", body: text, headers: { "content-type": "application/json", ...headers } }),
  );
}
const context = (id: string) => ({ params: Promise.resolve({ id }) });
const get = (id: string) => GET(new Request(`${ORIGIN}/api/analyses/${id}`), context(id));
const del = (id: string, authorization?: string) =>
  DELETE(
    new Request(`${ORIGIN}/api/analyses/${id}`, { method: "DELETE", headers: authorization ? { authorization } : {} }),
    context(id),
  );

/** Asserts the API's error shape: JSON, exactly `{ error: "one sentence" }`, never cached. */
async function expectError(response: Response, status: number, message?: RegExp) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  expect(response.headers.get("cache-control")).toBe("no-store");
  const body = (await response.json()) as { error: string };
  expect(Object.keys(body)).toEqual(["error"]);
  expect(body.error).toMatch(/^[A-Z].*\.$/);
  if (message) expect(body.error).toMatch(message);
  return body.error;
}

const ORIGINAL = "The spy agency said the talks would resume on Monday.\nOfficials declined to comment.";
const SUSPECT = "The detective agency said the talks would resume on Monday.\nOfficials declined to comment.";

type Created = { id: string; url: string; deleteToken: string; createdAt: string; expiresAt: string | null; analysis: unknown };

describe("POST /api/analyses", () => {
  it("stores the analysis and answers 201 with its id, share link and delete token", async () => {
    const response = await post({ original: ORIGINAL, suspect: SUSPECT }, { origin: ORIGIN });
    expect(response.status).toBe(201);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as Created;
    expect(body.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(body.url).toBe(`${ORIGIN}/r/${body.id}`);
    expect(body.deleteToken.length).toBeGreaterThanOrEqual(43);
    expect(response.headers.get("location")).toBe(`/api/analyses/${body.id}`);
    // The same Analysis the CLI prints for these texts.
    expect(body.analysis).toEqual(analyzeTexts({ original: ORIGINAL, suspect: SUSPECT }));
    expect(Date.parse(body.expiresAt ?? "") - Date.parse(body.createdAt)).toBe(30 * 24 * 3600 * 1000);
  });

  it("analyses a suspect on its own", async () => {
    const response = await post({ suspect: SUSPECT });
    expect(response.status).toBe(201);
    expect(((await response.json()) as { analysis: { original: unknown } }).analysis.original).toBeNull();
  });

  it("uses UNSPUN_BASE_URL for the share link when set", async () => {
    configure({ UNSPUN_BASE_URL: "https://unspun.example.org" });
    try {
      const body = (await (await post({ suspect: SUSPECT }, { origin: "http://localhost:9" })).json()) as Created;
      expect(body.url).toBe(`https://unspun.example.org/r/${body.id}`);
    } finally {
      configure({});
    }
  });

  it("returns markup in pasted text verbatim, as JSON strings", async () => {
    const markup = `<script>alert("pwned")</script><img src=x onerror=alert(1)> & &amp; "quoted" </textarea>`;
    const response = await post({ original: markup, suspect: `${markup} changed` });
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const created = (await response.json()) as Created & { analysis: { original: { text: string }; suspect: { text: string } } };
    expect(created.analysis.original.text).toBe(markup);
    expect(created.analysis.suspect.text).toBe(`${markup} changed`);
    const read = (await (await get(created.id)).json()) as typeof created;
    expect(read.analysis.original.text).toBe(markup);
  });

  it('with "store": false answers 200 with the analysis and writes nothing', async () => {
    const marker = `EmbargoedStory${Date.now()}`;
    const response = await post({ suspect: `${marker} was announced today.`, store: false });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(["analysis"]);
    const onDisk = ["unspun.db", "unspun.db-wal"]
      .map((name) => join(dataDir, name))
      .filter(existsSync)
      .map((file) => readFileSync(file).toString("latin1"))
      .join("");
    expect(onDisk).not.toContain(marker);
  });

  it.each([
    ["bad JSON", "{suspect: 'x'", /not valid JSON/],
    ["an empty body", "", /empty/],
    ["a JSON array", "[]", /not a JSON object/],
    ["a JSON string", '"just text"', /not a JSON object/],
    ["a missing suspect", { original: ORIGINAL }, /suspect/],
    ["an empty suspect", { suspect: "  \n " }, /suspect.*empty/],
    ["a suspect that is not a string", { suspect: 42 }, /suspect/],
    ["an original that is not a string", { original: ["a"], suspect: SUSPECT }, /original must be text/],
    ['a "store" that is not true or false', { suspect: SUSPECT, store: "no" }, /"store" field must be true or false/],
  ])("answers 400 to %s", async (_name, body, message) => {
    await expectError(await post(body), 400, message);
  });

  it("answers 413 to a text over the size limit, naming the limit", async () => {
    await expectError(await post({ suspect: "a".repeat(1001) }), 413, /suspect is too long: the limit is 1,000 characters/);
    await expectError(await post({ original: "a".repeat(1001), suspect: SUSPECT }), 413, /original is too long/);
    expect((await post({ suspect: "a ".repeat(500) })).status).toBe(201);
  });

  it("answers 413 from Content-Length alone, before reading a huge body", async () => {
    const request = new Request(`${ORIGIN}/api/analyses`, {
      method: "POST",
      body: '{"suspect":"x"}',
      headers: { "content-length": String(50 * 1024 * 1024), "content-type": "application/json" },
    });
    await expectError(await POST(request), 413, /at most 1,000 characters/);
  });

  it("answers 413 to an oversized body sent without a length, without buffering it all", async () => {
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > 100 * 1024 * 1024) return controller.close();
        sent += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x61));
      },
    });
    const request = new Request(`${ORIGIN}/api/analyses`, {
      method: "POST",
      body,
      headers: { "content-type": "application/json" },
      duplex: "half",
    } as RequestInit);
    await expectError(await POST(request), 413);
    expect(sent).toBeLessThan(1024 * 1024);
  });
});

describe("POST /api/analyses refuses what a cross-site form could send", () => {
  it.each([
    ["text/plain", "text/plain;charset=UTF-8"],
    ["a form", "application/x-www-form-urlencoded"],
    ["multipart", "multipart/form-data; boundary=x"],
    ["no content type", null],
  ])("answers 415 to %s, stores nothing and spends no rate limit", async (_name, type) => {
    configure({ UNSPUN_RATE_LIMIT: "1" });
    try {
      const marker = `CrossSite${Date.now()}`;
      const headers: Record<string, string> = type ? { "content-type": type } : {};
      const body = new TextEncoder().encode(JSON.stringify({ suspect: `${marker} happened.` }));
      const response = await POST(new Request(`${ORIGIN}/api/analyses`, { method: "POST", body, headers }));
      await expectError(response, 415, /application\/json/);
      expect((await post({ suspect: SUSPECT })).status).toBe(201); // the one allowed analysis is still there
    } finally {
      configure({});
    }
  });

  it("answers a large new result gzipped to a client that accepts gzip, on the production server's path only", async () => {
    configure({ UNSPUN_MAX_CHARS: "20000" });
    try {
      const long = Array.from({ length: 150 }, (_, i) => `The spy agency said on day ${i} that the talks would resume.`).join(" ");
      const body = JSON.stringify({ original: long, suspect: long.replaceAll("spy agency", "detective agency") });
      const create = (asIs: boolean) => {
        const request = new Request(`${ORIGIN}/api/analyses`, { method: "POST", body, headers: { "content-type": "application/json", "accept-encoding": "gzip" } });
        return POST(asIs ? Object.assign(request, { [SENT_AS_IS]: true }) : request);
      };
      const zipped = await create(true);
      expect(zipped.status).toBe(201);
      expect(zipped.headers.get("content-encoding")).toBe("gzip");
      const created = JSON.parse(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString("utf8")) as Created;
      expect(zipped.headers.get("location")).toBe(`/api/analyses/${created.id}`);
      expect(created.deleteToken).toBeTruthy();
      const plain = await create(false);
      expect(plain.headers.get("content-encoding")).toBeNull();
      expect(((await plain.json()) as Created).analysis).toEqual(created.analysis);
    } finally {
      configure({});
    }
  });

  it("accepts application/json with a charset, in any case", async () => {
    expect((await post({ suspect: SUSPECT }, { "content-type": "Application/JSON; charset=utf-8" })).status).toBe(201);
  });
});

describe("POST /api/analyses and broken text", () => {
  it("answers valid JSON for lone surrogates: each becomes U+FFFD, at the same offset", async () => {
    const response = await post('{"suspect":"Broken \\ud800 text here.","original":"Broken \\udc00 text here."}');
    expect(response.status).toBe(201);
    const raw = new Uint8Array(await response.arrayBuffer());
    const text = new TextDecoder("utf-8", { fatal: true }).decode(raw);
    expect(text).not.toMatch(/\\ud[89a-f]/i);
    const body = JSON.parse(text) as { analysis: { suspect: { text: string } } };
    expect(body.analysis.suspect.text).toBe("Broken \ufffd text here.");
  });
});

describe("POST /api/analyses when the client hangs up", () => {
  it("stores nothing for a request whose client went away", async () => {
    const marker = `Abandoned${Date.now()}`;
    const leaving = new AbortController();
    const request = new Request(`${ORIGIN}/api/analyses`, {
      method: "POST",
      body: JSON.stringify({ suspect: `${marker} was said today.` }),
      headers: { "content-type": "application/json" },
      signal: leaving.signal,
    });
    leaving.abort();
    const response = await POST(request);
    expect(response.status).toBe(499);
    const onDisk = ["unspun.db", "unspun.db-wal"]
      .map((name) => join(dataDir, name))
      .filter(existsSync)
      .map((file) => readFileSync(file).toString("latin1"))
      .join("");
    expect(onDisk).not.toContain(marker);
  });
});

describe("GET and DELETE /api/analyses/{id}", () => {
  let created: Created;
  beforeEach(async () => {
    created = (await (await post({ original: ORIGINAL, suspect: SUSPECT })).json()) as Created;
  });

  it("reads a stored result back", async () => {
    const response = await get(created.id);
    expect(response.status).toBe(200);
    // Revalidated on every view (a deletion shows at once), never stored by a shared cache.
    expect(response.headers.get("cache-control")).toBe("private, no-cache");
    const etag = response.headers.get("etag");
    expect(etag).toBe(`"${created.id}"`);
    const again = await GET(new Request(`${ORIGIN}/api/analyses/${created.id}`, { headers: { "if-none-match": etag! } }), context(created.id));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await response.json()).toEqual({
      id: created.id,
      createdAt: created.createdAt,
      expiresAt: created.expiresAt,
      analysis: created.analysis,
    });
  });

  it("sends a large result gzipped to a client that accepts gzip, and the same JSON as it is to one that does not", async () => {
    const long = Array.from({ length: 400 }, (_, i) => `The spy agency said on day ${i} that the talks would resume.`).join(" ");
    const analysis = analyzeTexts({ original: long, suspect: long.replaceAll("spy agency", "detective agency") });
    const saved = await (await getStore()).save(analysis);
    const read = (headers: Record<string, string>, asIs = true) => {
      const request = new Request(`${ORIGIN}/api/analyses/${saved.id}`, { headers });
      return GET(asIs ? Object.assign(request, { [SENT_AS_IS]: true }) : request, context(saved.id));
    };

    const plain = await read({});
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(plain.headers.get("vary")).toBe("Accept-Encoding");
    const plainBytes = Buffer.from(await plain.arrayBuffer());
    expect(plainBytes.byteLength).toBeGreaterThan(GZIP_MIN_BYTES);

    for (const accept of ["gzip, deflate, br", "*"]) {
      const zipped = await read({ "accept-encoding": accept });
      expect(zipped.headers.get("content-encoding")).toBe("gzip");
      const bytes = Buffer.from(await zipped.arrayBuffer());
      expect(bytes.byteLength).toBeLessThan(plainBytes.byteLength / 4);
      expect(gunzipSync(bytes).equals(plainBytes)).toBe(true);
    }
    expect((await read({ "accept-encoding": "gzip;q=0, *" })).headers.get("content-encoding")).toBeNull();
    // Under Next's own pipeline (next dev), which compresses by itself: never gzipped twice.
    expect((await read({ "accept-encoding": "gzip" }, false)).headers.get("content-encoding")).toBeNull();
    expect(JSON.parse(plainBytes.toString("utf8"))).toEqual({ id: saved.id, createdAt: saved.createdAt, expiresAt: saved.expiresAt, analysis: JSON.parse(JSON.stringify(analysis)) });
  });

  it("sends a small result as it is, even to a client that accepts gzip", async () => {
    const request = Object.assign(new Request(`${ORIGIN}/api/analyses/${created.id}`, { headers: { "accept-encoding": "gzip" } }), { [SENT_AS_IS]: true });
    const response = await GET(request, context(created.id));
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(((await response.json()) as Created).id).toBe(created.id);
  });

  it("never lists results", async () => {
    const response = LIST();
    await expectError(response, 405, /never listed/);
    expect(response.headers.get("allow")).toBe("POST");
  });

  it("answers 404 to an unknown or malformed id", async () => {
    await expectError(await get("AAAAAAAAAAAAAAAAAAAAAA"), 404, /deleted|expired/);
    await expectError(await get("../../etc/passwd"), 404);
  });

  it("answers 404 to an expired result", async () => {
    const store = await getStore();
    const longAgo = new Date(Date.now() - 31 * 24 * 3600 * 1000);
    const old = await store.save(analyzeTexts({ suspect: SUSPECT }), longAgo);
    await expectError(await get(old.id), 404);
    await expectError(await del(old.id, `Bearer ${old.deleteToken}`), 404);
  });

  it("answers 401 without a token and 403 with a wrong one, and keeps the result", async () => {
    const missing = await del(created.id);
    await expectError(missing, 401, /delete token/);
    expect(missing.headers.get("www-authenticate")).toMatch(/^Bearer/);
    await expectError(await del(created.id, created.deleteToken), 401); // no "Bearer" scheme
    await expectError(await del(created.id, "Bearer "), 401);
    await expectError(await del(created.id, "Bearer not-the-token"), 403, /does not match/);
    await expectError(await del(created.id, `Bearer ${created.deleteToken}x`), 403);
    expect((await get(created.id)).status).toBe(200);
  });

  it("answers 404, not 304, once the result is deleted, whatever the browser cached", async () => {
    expect((await del(created.id, `Bearer ${created.deleteToken}`)).status).toBe(204);
    const stale = await GET(new Request(`${ORIGIN}/api/analyses/${created.id}`, { headers: { "if-none-match": `"${created.id}"` } }), context(created.id));
    await expectError(stale, 404);
  });

  it("deletes with the right token: 204, then 404 for everyone", async () => {
    const response = await del(created.id, `Bearer ${created.deleteToken}`);
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
    await expectError(await get(created.id), 404);
    await expectError(await del(created.id, `bearer   ${created.deleteToken}`), 404);
  });
});

describe("rate limit", () => {
  beforeAll(() => configure({ UNSPUN_RATE_LIMIT: "2" }));
  afterAll(() => configure({}));

  it("answers 429 with Retry-After once a client is over the limit, and only that client", async () => {
    const from = (address: string) => ({ "x-forwarded-for": address });
    expect((await post({ suspect: SUSPECT }, from("203.0.113.1"))).status).toBe(201);
    expect((await post({ suspect: SUSPECT, store: false }, from("203.0.113.1"))).status).toBe(200);
    const refused = await post({ suspect: SUSPECT }, from("203.0.113.1"));
    await expectError(refused, 429, /try again in 30 seconds/);
    expect(refused.headers.get("retry-after")).toBe("30");
    expect((await post({ suspect: SUSPECT }, from("203.0.113.2"))).status).toBe(201);
  });
});

describe("security headers", () => {
  it("every API answer forbids sniffing, framing and caching, and runs nothing if opened in a tab", async () => {
    for (const response of [await post({ suspect: SUSPECT }), await post("{"), await get("AAAAAAAAAAAAAAAAAAAAAA")]) {
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("same-origin");
      expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(response.headers.get("x-robots-tag")).toBe("noindex");
    }
  });
});

describe("when the database is down", () => {
  beforeAll(async () => {
    await closeStore();
    configure({ DATABASE_URL: "postgres://nobody:nothing@127.0.0.1:9/none" });
  });
  afterAll(async () => {
    configure({ DATABASE_URL: "" });
  });

  it("answers 503 with Retry-After instead of crashing", async () => {
    const response = await post({ suspect: SUSPECT });
    await expectError(response, 503, /result store is unavailable/);
    expect(response.headers.get("retry-after")).toBe("5");
    await expectError(await get("AAAAAAAAAAAAAAAAAAAAAA"), 503);
  });

  it('still analyses with "store": false, which needs no database', async () => {
    expect((await post({ suspect: SUSPECT, store: false })).status).toBe(200);
  });
});
