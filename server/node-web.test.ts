import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { isSentAsIs } from "@/app/api/_lib/gzip-once";
import { jsonResponse } from "@/app/api/_lib/responses";
import { sendWebResponse, toWebRequest } from "./node-web";

let server: Server | null = null;
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve(null));
  server = null;
});

describe("toWebRequest", () => {
  it("marks its Requests as answered as they are, so a handler may gzip a body itself", async () => {
    server = createServer((request, reply) => {
      const webRequest = toWebRequest(request, reply);
      void sendWebResponse(jsonResponse({ sentAsIs: isSentAsIs(webRequest) }, 200), reply, request);
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/analyses/x`);
    expect(await response.json()).toEqual({ sentAsIs: true });
    expect(isSentAsIs(new Request("http://localhost/api/analyses/x"))).toBe(false); // Next's own Requests
  });
});
