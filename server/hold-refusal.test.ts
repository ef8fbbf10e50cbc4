import { EventEmitter } from "node:events";
import type { ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { createRefusalHold } from "./hold-refusal";

/** A stand-in reply: only what the hold looks at (destroyed, the close event). */
const fakeReply = () => Object.assign(new EventEmitter(), { destroyed: false }) as unknown as ServerResponse;
const timed = async (promise: Promise<void>) => {
  const started = performance.now();
  await promise;
  return performance.now() - started;
};

describe("createRefusalHold", () => {
  it("holds a refusal for the delay", async () => {
    expect(await timed(createRefusalHold(200)(fakeReply()))).toBeGreaterThanOrEqual(190);
  });

  it("lets refusals past the most it may hold go at once", async () => {
    const hold = createRefusalHold(300, 2);
    const held = [hold(fakeReply()), hold(fakeReply())];
    expect(await timed(hold(fakeReply()))).toBeLessThan(100);
    await Promise.all(held);
    expect(await timed(hold(fakeReply()))).toBeGreaterThanOrEqual(290); // places free again once sent
  });

  it("frees the place of a client that hangs up while held", async () => {
    const hold = createRefusalHold(10_000, 1);
    const gone = fakeReply();
    const held = hold(gone);
    gone.emit("close");
    expect(await timed(held)).toBeLessThan(100);
    expect(await timed(createRefusalHold(0)(fakeReply()))).toBeLessThan(100);
    const next = hold(fakeReply()); // the freed place is taken: this one is held
    const raced = await Promise.race([next.then(() => "sent"), new Promise((resolve) => setTimeout(() => resolve("held"), 100))]);
    expect(raced).toBe("held");
  });
});
