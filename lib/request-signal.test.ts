import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { hangUpSignalOf, registerHangUp, REQUEST_ID_HEADER } from "./request-signal";

/** A request and response stand-in: the response closes, finished or not. */
function exchange(headers: Record<string, string> = {}) {
  const request = { headers: { ...headers } as Record<string, string | string[] | undefined> };
  const reply = Object.assign(new EventEmitter(), { writableFinished: false });
  const lookup = () => hangUpSignalOf(new Headers(request.headers as Record<string, string>));
  return { request, reply, lookup };
}

describe("a request's hang-up signal", () => {
  it("is found by the request's headers and aborts when the client leaves before the answer", () => {
    const { request, reply, lookup } = exchange();
    registerHangUp(request, reply);
    const signal = lookup();
    expect(signal?.aborted).toBe(false);
    reply.emit("close");
    expect(signal?.aborted).toBe(true);
    expect(lookup()).toBeUndefined();
  });

  it("never aborts once the answer was sent", () => {
    const { request, reply, lookup } = exchange();
    registerHangUp(request, reply);
    const signal = lookup();
    reply.writableFinished = true;
    reply.emit("close");
    expect(signal?.aborted).toBe(false);
  });

  it("replaces an id the client sent, so no request can borrow another's signal", () => {
    const first = exchange();
    registerHangUp(first.request, first.reply);
    const forged = exchange({ [REQUEST_ID_HEADER]: String(first.request.headers[REQUEST_ID_HEADER]) });
    registerHangUp(forged.request, forged.reply);
    expect(forged.request.headers[REQUEST_ID_HEADER]).not.toBe(first.request.headers[REQUEST_ID_HEADER]);
    expect(forged.lookup()).not.toBe(first.lookup());
  });

  it("is absent where no server registered the request (next dev, tests)", () => {
    expect(hangUpSignalOf(new Headers())).toBeUndefined();
    expect(hangUpSignalOf(new Headers({ [REQUEST_ID_HEADER]: "made-up" }))).toBeUndefined();
  });
});
