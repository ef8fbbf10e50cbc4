import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetConfigForTests } from "@/lib/config";
import { resetRateLimitForTests } from "@/lib/rate-limit";
import { closeStore, getStore } from "@/lib/store";
import { POST } from "./route";
import { DELETE, GET } from "./[id]/route";

/**
 * Property tests: whatever arrives (random JSON, random bytes, random ids), the API never
 * answers 5xx, always answers strict JSON (UTF-8 that jq would accept), and a refused
 * request never leaves a stored row behind.
 */
const dataDir = mkdtempSync(join(tmpdir(), "unspun-fuzz-"));
const ORIGIN = "http://127.0.0.1:3202";

beforeAll(async () => {
  Object.assign(process.env, { UNSPUN_DATA_DIR: dataDir, UNSPUN_MAX_CHARS: "1000", UNSPUN_RATE_LIMIT: "0", UNSPUN_BASE_URL: "", DATABASE_URL: "" });
  resetConfigForTests();
  resetRateLimitForTests();
  await getStore();
});
afterAll(async () => {
  await closeStore();
  rmSync(dataDir, { recursive: true, force: true });
});

function storedRows(): number {
  const db = new Database(join(dataDir, "unspun.db"), { readonly: true, fileMustExist: true });
  try {
    return db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM results").get()?.n ?? 0;
  } finally {
    db.close();
  }
}

/** Reads a response as a strict parser would: UTF-8 without a bad byte, JSON without a lone surrogate. */
async function strictJson(response: Response): Promise<unknown> {
  const text = new TextDecoder("utf-8", { fatal: true }).decode(await response.arrayBuffer());
  expect(text).not.toMatch(/\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])|(?<!\\ud[89ab][0-9a-f]{2})\\ud[c-f][0-9a-f]{2}/i);
  expect(text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  return JSON.parse(text);
}

/** POSTs `body` and checks the three properties; returns the status. */
async function postAndCheck(body: Uint8Array<ArrayBuffer> | string, contentType: string | null): Promise<number> {
  const before = storedRows();
  const headers: Record<string, string> = contentType === null ? {} : { "content-type": contentType };
  const response = await POST(new Request(`${ORIGIN}/api/analyses`, { method: "POST", body, headers }));
  expect(response.status).toBeLessThan(500);
  const parsed = await strictJson(response);
  const after = storedRows();
  if (response.status === 201) expect(after).toBe(before + 1);
  else {
    expect(after).toBe(before);
    if (response.status >= 400) expect(Object.keys(parsed as object)).toEqual(["error"]);
  }
  return response.status;
}

/** Text that stresses the engine and the encoders: any code unit, lone surrogates included. */
const anyText = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.string({ unit: "binary", maxLength: 120 }),
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 80 }).map((units) => String.fromCharCode(...units)),
  fc.constantFrom("", " ", "Go. Go. Go.", "\ud800", "a\udc00b", "x".repeat(1001), "The spy agency met.\n\nIt said “no”."),
);
const anyValue = fc.oneof(anyText, fc.integer(), fc.boolean(), fc.constant(null), fc.array(anyText, { maxLength: 3 }), fc.object({ maxDepth: 1 }));

describe("the API under random input", () => {
  it("answers random JSON request bodies with strict JSON, never 5xx, storing only on 201", async () => {
    const request = fc.oneof(
      fc.record({ original: anyValue, suspect: anyValue, store: fc.oneof(fc.boolean(), anyValue) }, { requiredKeys: [] }),
      fc.record({ suspect: anyText, original: fc.option(anyText) }),
      fc.jsonValue({ maxDepth: 2 }),
    );
    await fc.assert(
      fc.asyncProperty(request, async (value) => {
        await postAndCheck(JSON.stringify(value), "application/json");
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it("answers random bytes under any content type with strict JSON, never 5xx, storing nothing", async () => {
    const type = fc.constantFrom("application/json", "application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded", null);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), type, async (bytes, contentType) => {
        const status = await postAndCheck(new Uint8Array(bytes), contentType);
        // Random bytes are never a valid request... unless they happen to be one.
        if (contentType === null || !contentType.startsWith("application/json")) expect(status).toBe(415);
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it("answers random ids and tokens on GET and DELETE with strict JSON, never 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 80 }), fc.string({ maxLength: 60 }), async (id, token) => {
        const context = { params: Promise.resolve({ id }) };
        const read = await GET(new Request(`${ORIGIN}/api/analyses/x`), context);
        expect(read.status).toBeLessThan(500);
        await strictJson(read);
        const before = storedRows();
        const removed = await DELETE(new Request(`${ORIGIN}/api/analyses/x`, { method: "DELETE", headers: { authorization: `Bearer ${token.replace(/[\r\n]/g, "") || "t"}` } }), context);
        expect(removed.status).toBeLessThan(500);
        if (removed.status !== 204) await strictJson(removed);
        expect(storedRows()).toBe(before);
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});
