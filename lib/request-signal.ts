import { randomUUID } from "node:crypto";

/**
 * The hang-up signal of an HTTP request, for code that Next gives no such signal: server
 * actions (the home form). The production server (server/main.ts) registers every page
 * and action request: it stamps the request with a fresh id header (replacing whatever
 * the client sent, so none can be forged) and keeps a signal that aborts when the client
 * goes away before the answer is sent. The action finds the signal by that header, so a
 * form whose browser left stops its analysis and stores nothing. Under `next dev` and in
 * tests there is none. Shared through Symbol.for, since the server bundle and Next's each
 * hold their own copy of this module.
 */
export const REQUEST_ID_HEADER = "x-unspun-request-id";

const SIGNALS_KEY = Symbol.for("unspun.requestSignals");
const slot = globalThis as { [SIGNALS_KEY]?: Map<string, AbortSignal> };
const signals = (slot[SIGNALS_KEY] ??= new Map<string, AbortSignal>());

type Request = { headers: Record<string, string | string[] | undefined> };
type Reply = { writableFinished: boolean; once(event: "close", listener: () => void): unknown };

/** Stamps `request` with an id and keeps its hang-up signal until `reply` closes. */
export function registerHangUp(request: Request, reply: Reply): AbortSignal {
  const id = randomUUID();
  const controller = new AbortController();
  request.headers[REQUEST_ID_HEADER] = id;
  signals.set(id, controller.signal);
  reply.once("close", () => {
    if (!reply.writableFinished) controller.abort();
    signals.delete(id);
  });
  return controller.signal;
}

/** The hang-up signal of the request with these headers, if the server registered it (ask while the request is open). */
export function hangUpSignalOf(headers: { get(name: string): string | null }): AbortSignal | undefined {
  const id = headers.get(REQUEST_ID_HEADER);
  return id ? signals.get(id) : undefined;
}
