import type { ServerResponse } from "node:http";

/**
 * How long a 429 waits before it is sent. A client that ignores Retry-After and asks again
 * the moment it is refused costs the server one socket write per refusal however cheap the
 * refusal is: the soak's page flood got 85,000 429s in 30 s, and their writes alone took
 * 7 s of the thread that answers everyone. Held for 1 s, each of its connections gets at
 * most one refusal a second; a client that waits as told never notices.
 */
export const REFUSAL_DELAY_MS = 1_000;

/** Refusals held at once; past this they go out at once (a timer and a socket each, so this bounds what a client with many connections can make the server keep). */
export const MAX_HELD_REFUSALS = 1_000;

/**
 * A hold for refusals: `hold(reply)` resolves after `delayMs`, or at once when `maxHeld`
 * refusals are already waiting or the client has hung up (then nobody is answered). A
 * client that hangs up while held frees its place.
 */
export function createRefusalHold(delayMs = REFUSAL_DELAY_MS, maxHeld = MAX_HELD_REFUSALS): (reply: ServerResponse) => Promise<void> {
  let held = 0;
  return (reply) => {
    if (delayMs <= 0 || held >= maxHeld || reply.destroyed) return Promise.resolve();
    held++;
    return new Promise((resolve) => {
      const release = () => {
        clearTimeout(timer);
        reply.off("close", release);
        held--;
        resolve();
      };
      const timer = setTimeout(release, delayMs);
      reply.once("close", release);
    });
  };
}
