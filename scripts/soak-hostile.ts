/**
 * The 4 hostile clients of npm run soak, in a process of their own (started by soak.ts
 * with the server's address, the largest result's id and the end time), so the work of
 * receiving their answers never delays the normal clients' event loop, whose timings are
 * the measure. Sends back { kind: Outcome[] } over IPC when the time is up.
 *
 * Nonstop: the tiny-sentence pair, the largest texts allowed, loads of the largest
 * result's page (shell, then its JSON, as a browser does, 4 at a time) and requests
 * abandoned after 300 ms (creates) or 20 ms (the page). SOAK_HOSTILE=page,abandoned runs
 * only those (to see which one costs what).
 */
import type { Agent } from "node:http";
import { agentFrom, largestBody, send, tinySentenceBody, type Outcome } from "./soak-http";

type HostileOrders = { base: string; bigId: string; endAt: number };

async function runHostile({ base: origin, bigId, endAt }: HostileOrders): Promise<Record<string, Outcome[]>> {
  const base = new URL(origin);
  const tinyBody = tinySentenceBody();
  const largest = largestBody();
  const outcomes: Record<string, Outcome[]> = {};
  const record = (kind: string, outcome: Outcome): void => {
    (outcomes[kind] ??= []).push(outcome);
  };
  const chosen = process.env.SOAK_HOSTILE?.split(",").map((word) => word.trim());
  const loop = async (n: number, kind: string, act: (agent: Agent) => Promise<void>) => {
    if (chosen && !chosen.some((word) => kind.includes(word))) return;
    const agent = agentFrom(`127.0.2.${n}`);
    while (Date.now() < endAt) await act(agent);
    agent.destroy();
  };
  await Promise.all([
    loop(1, "tiny-sentence pair", async (agent) => record("tiny-sentence pair", await send(agent, base, "POST", "/api/analyses", tinyBody))),
    loop(2, "largest texts", async (agent) => record("largest texts", await send(agent, base, "POST", "/api/analyses", largest))),
    loop(3, "largest result's page", async (agent) => {
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          record("largest result's page", await send(agent, base, "GET", `/r/${bigId}`));
          record("largest result's page", await send(agent, base, "GET", `/api/analyses/${bigId}`));
        }),
      );
    }),
    loop(4, "abandoned", async (agent) => {
      record("abandoned", await send(agent, base, "POST", "/api/analyses", Math.random() < 0.5 ? tinyBody : largest, 300));
      record("abandoned", await send(agent, base, "GET", `/r/${bigId}`, undefined, 20));
    }),
  ]);
  return outcomes;
}

process.once("message", (orders: HostileOrders) => {
  void runHostile(orders).then((outcomes) => process.send?.(outcomes, () => process.exit(0)));
});
