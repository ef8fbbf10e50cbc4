import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseConfig } from "@/lib/config";
import { answerUnexpected, createRequestGuard } from "./guard-request";
import { createRefusalHold } from "./hold-refusal";

let server: Server | null = null;
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve(null));
  server = null;
  vi.restoreAllMocks();
});

/** A server that runs the guard, then answers "next" (standing in for Next) or throws for /boom. */
async function serve(env: Record<string, string> = {}, holdRefusal = createRefusalHold(0)) {
  const guard = createRequestGuard(parseConfig(env), holdRefusal);
  server = createServer((request, reply) => {
    try {
      if (guard(request, reply)) return;
      if (request.url === "/boom") throw new Error("bug");
      reply.end("next");
    } catch (error) {
      answerUnexpected(request, reply, error);
    }
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

describe("createRequestGuard", () => {
  it.each(["/api/analyses/%ZZ", "/r/%ZZ", "/%E0%A4%A"])("answers %s with a JSON 400 carrying the security headers", async (path) => {
    const response = await fetch(`${await serve()}${path}`);
    expect(response.status).toBe(400);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(await response.json()).toEqual({ error: "The address is not valid: it has a malformed %-escape." });
  });

  it("puts the security headers on whatever answers next, and on a 500", async () => {
    const base = await serve();
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const page = await fetch(`${base}/`);
    expect(await page.text()).toBe("next");
    expect(page.headers.get("referrer-policy")).toBe("same-origin");
    const failed = await fetch(`${base}/boom`);
    expect(failed.status).toBe(500);
    expect(failed.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("limits result reads per client (pages and their JSON together) with 429 and Retry-After", async () => {
    const base = await serve({ UNSPUN_PAGE_RATE_LIMIT: "3" });
    const statuses: number[] = [];
    for (const path of ["/r/a", "/api/analyses/a", "/r/b", "/r/c", "/"]) statuses.push((await fetch(`${base}${path}`)).status);
    expect(statuses).toEqual([200, 200, 200, 429, 200]); // the home page is not a result read
    const limited = await fetch(`${base}/r/d`);
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
  });

  it("holds a 429 before sending it, so a client that asks again at once gets few", async () => {
    const base = await serve({ UNSPUN_PAGE_RATE_LIMIT: "1" }, createRefusalHold(300));
    expect((await fetch(`${base}/r/a`)).status).toBe(200);
    const started = performance.now();
    const refused = await fetch(`${base}/r/b`);
    expect(refused.status).toBe(429);
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);
    expect(refused.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

describe("answerUnexpected", () => {
  it("logs a client that hung up as one quiet line, with no stack trace", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const reply = { destroyed: true, headersSent: false, destroy: vi.fn() };
    const gone = Object.assign(new Error("aborted"), { code: "ECONNRESET" });
    answerUnexpected({ method: "POST", url: "/api/analyses", destroyed: true } as never, reply as never, gone);
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]?.[0])).toBe("POST /api/analyses: the client went away before the answer.");
    expect(error).not.toHaveBeenCalled();
  });
});
