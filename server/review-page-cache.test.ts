import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { analyzeTexts } from "@/lib/analysis";
import { canDeleteResult, createOwnerKey, OWNER_COOKIE } from "@/lib/delete-cookie";
import { contentSecurityPolicy, createNonce } from "@/lib/security-headers";
import { withReadCache } from "@/lib/store/read-cache";
import { openSqliteStore } from "@/lib/store/sqlite";
import type { ResultStore } from "@/lib/store/types";
import { createReviewPageCache, type ReviewPageCache } from "./review-page-cache";

const dir = mkdtempSync(join(tmpdir(), "unspun-pages-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let server: Server | null = null;
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve(null));
  server = null;
});

const analysis = analyzeTexts({ suspect: "The council met on Tuesday. It approved the budget." });
const ownerKey = createOwnerKey();

/**
 * Stands in for Next rendering app/r/[id]/page.tsx: a fresh nonce in the policy and on
 * the scripts, the permission in the flight data as React writes it, a Delete button for
 * the owner, and a 404 for a result the store no longer has.
 */
function fakeNext(store: ResultStore, renders: { count: number }, lie = false) {
  return async (request: IncomingMessage, reply: ServerResponse) => {
    renders.count++;
    const id = request.url!.slice("/r/".length);
    if (!(await store.getJson(id))) {
      reply.writeHead(404).end("not found");
      return;
    }
    const cookie = new Map((request.headers.cookie ?? "").split("; ").map((pair) => pair.split("=") as [string, string]));
    const canDelete = (await canDeleteResult(store, id, (name) => cookie.get(name))) !== lie;
    const nonce = createNonce();
    reply.setHeader("Content-Security-Policy", contentSecurityPolicy({ nonce, development: false, https: false }));
    reply.setHeader("Content-Type", "text/html; charset=utf-8");
    reply.write(`<script nonce="${nonce}">push("{\\"canDelete\\":${canDelete},\\"shareUrl\\":\\"http://${request.headers.host}/r/${id}\\"}")</script>`);
    reply.end(`${canDelete ? "<button>Delete</button>" : ""}<link nonce="${nonce}">`);
  };
}

async function serve(store: ResultStore, options: { lie?: boolean; maxBytes?: number } = {}) {
  const renders = { count: 0 };
  const pages: ReviewPageCache = createReviewPageCache({ store: async () => store, trustProxy: false, maxBytes: options.maxBytes });
  const render = fakeNext(store, renders, options.lie);
  server = createServer((request, reply) => {
    void pages.answer(request, reply, render).then((answered) => (answered ? undefined : render(request, reply)));
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  const view = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(base + path, init);
    const html = await response.text();
    const policyNonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];
    return { status: response.status, html, policyNonce, response };
  };
  return { pages, renders, view };
}

const DELETE_BUTTON = "<button>Delete</button>";
const asOwner = { headers: { cookie: `${OWNER_COOKIE}=${ownerKey}` } };

describe("createReviewPageCache", () => {
  it("serves repeat views without rendering, each with a fresh nonce that its policy names", async () => {
    const store = withReadCache(openSqliteStore({ file: join(dir, "hits.db"), retentionDays: 1 }));
    const { id } = await store.save(analysis);
    const { renders, view } = await serve(store);
    const views = [await view(`/r/${id}`), await view(`/r/${id}`), await view(`/r/${id}`)];
    expect(renders.count).toBe(1);
    const nonces = views.map((one) => one.policyNonce!);
    expect(new Set(nonces).size).toBe(3);
    views.forEach((one, index) => {
      expect(one.status).toBe(200);
      expect(one.html.split(`nonce="${nonces[index]}"`).length).toBe(3); // both places
      expect(one.html.replaceAll(nonces[index]!, "N")).toBe(views[0]!.html.replaceAll(nonces[0]!, "N"));
      if (index > 0) expect(one.response.headers.get("x-robots-tag")).toBe("noindex, nofollow");
    });
  });

  it("keeps the owner's page and a visitor's apart: a visitor never gets the Delete button", async () => {
    const store = withReadCache(openSqliteStore({ file: join(dir, "owner.db"), retentionDays: 1 }));
    const { id } = await store.save(analysis, new Date(), ownerKey);
    const { renders, view } = await serve(store);
    expect((await view(`/r/${id}`, asOwner)).html).toContain(DELETE_BUTTON);
    expect((await view(`/r/${id}`, asOwner)).html).toContain(DELETE_BUTTON);
    expect((await view(`/r/${id}`)).html).not.toContain(DELETE_BUTTON);
    const stranger = { headers: { cookie: `${OWNER_COOKIE}=${createOwnerKey()}` } };
    expect((await view(`/r/${id}`, stranger)).html).not.toContain(DELETE_BUTTON);
    expect((await view(`/r/${id}`)).html).not.toContain(DELETE_BUTTON);
    expect((await view(`/r/${id}`, asOwner)).html).toContain(DELETE_BUTTON);
    expect(renders.count).toBe(2); // one owner render, one visitor render
  });

  it("keeps no page whose render says otherwise than its key", async () => {
    const store = withReadCache(openSqliteStore({ file: join(dir, "lie.db"), retentionDays: 1 }));
    const { id } = await store.save(analysis);
    const { pages, renders, view } = await serve(store, { lie: true });
    await view(`/r/${id}`);
    await view(`/r/${id}`);
    expect(renders.count).toBe(2);
    expect(pages.pages.bytes()).toBe(0);
  });

  it("answers 404 at once after a delete, and holds nothing of the result", async () => {
    let forget: (id: string | null) => void = () => undefined;
    const store = withReadCache(openSqliteStore({ file: join(dir, "delete.db"), retentionDays: 1 }), { onGone: (id) => forget(id) });
    const { id } = await store.save(analysis, new Date(), ownerKey);
    const { pages, view } = await serve(store);
    forget = (gone) => pages.pages.forget(gone);
    await view(`/r/${id}`, asOwner);
    await view(`/r/${id}`);
    expect(pages.pages.bytes()).toBeGreaterThan(0);
    expect(await store.deleteAsOwner(id, ownerKey)).toBe("deleted");
    expect(pages.pages.bytes()).toBe(0);
    expect((await view(`/r/${id}`)).status).toBe(404);
    expect((await view(`/r/${id}`, asOwner)).status).toBe(404);
  });

  it("answers 404 for a result another instance deleted (a shared store's check)", async () => {
    const file = join(dir, "shared.db");
    const here = withReadCache(openSqliteStore({ file, retentionDays: 1 }), { shared: true });
    const elsewhere = openSqliteStore({ file, retentionDays: 1 });
    const { id, deleteToken } = await here.save(analysis);
    const { view } = await serve(here);
    await view(`/r/${id}`);
    expect((await view(`/r/${id}`)).status).toBe(200);
    expect(await elsewhere.delete(id, deleteToken)).toBe("deleted");
    expect((await view(`/r/${id}`)).status).toBe(404);
  });

  it("leaves Next's own requests (RSC payloads, queries, actions) to Next", async () => {
    const store = withReadCache(openSqliteStore({ file: join(dir, "next.db"), retentionDays: 1 }));
    const { id } = await store.save(analysis);
    const { renders, view } = await serve(store);
    await view(`/r/${id}`);
    await view(`/r/${id}`, { headers: { rsc: "1" } });
    await view(`/r/${id}?_rsc=abc`);
    await view(`/r/${id}`, { method: "POST", headers: { "next-action": "x" } });
    expect(renders.count).toBe(4);
  });

  it("stays within its bytes however many results are viewed", async () => {
    const store = withReadCache(openSqliteStore({ file: join(dir, "bound.db"), retentionDays: 1 }));
    const { pages, view } = await serve(store, { maxBytes: 2000 });
    for (let n = 0; n < 20; n++) {
      const { id } = await store.save(analysis);
      expect((await view(`/r/${id}`)).status).toBe(200);
      expect(pages.pages.bytes()).toBeLessThanOrEqual(2000);
    }
    expect(pages.pages.bytes()).toBeGreaterThan(0);
  });
});

describe("createReviewPageCache when the database fails", () => {
  it("leaves the page to Next, which shows its error page", async () => {
    const failing = { getJson: () => Promise.reject(new Error("connection timeout")), isOwnedBy: () => Promise.resolve(false) };
    const pages = createReviewPageCache({ store: async () => failing, trustProxy: false });
    const request = { method: "GET", url: "/r/abc", headers: {} } as IncomingMessage;
    let rendered = false;
    expect(await pages.answer(request, {} as ServerResponse, async () => void (rendered = true))).toBe(false);
    expect(rendered).toBe(false);
  });
});
