/**
 * What scripts/soak.ts and its hostile child (soak-hostile.ts) share: one HTTP exchange
 * timed, per-address agents, and the worst-case inputs.
 */
import { Agent, request as httpRequest } from "node:http";
import { generateArticlePair } from "./loadtest-text";

/** One exchange: status (0 when none came), time taken, when it started (performance.now()), bytes received. */
export type Outcome = { status: number; ms: number; at?: number; error?: string; bytes?: number };

/** The texts' size limit the server runs with (UNSPUN_MAX_CHARS's default). */
export const MAX_CHARS = 200_000;

/**
 * One HTTP exchange from the agent's address; `abandonAfterMs` hangs up before the answer,
 * like a closed tab. Every request says it accepts gzip, as browsers and HTTP libraries do;
 * the body is counted, never decompressed or parsed: in a real deployment that work is the
 * client's, on its own machine, not the server's.
 */
export function send(agent: Agent, base: URL, method: string, path: string, body?: string, abandonAfterMs?: number): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const headers: Record<string, string> = { "accept-encoding": "gzip" };
    if (body !== undefined) Object.assign(headers, { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) });
    let abandoned = false;
    let bytes = 0;
    const failed = (error: Error) => resolve({ status: 0, ms: performance.now() - started, error: abandoned ? "abandoned" : error.message });
    const req = httpRequest({ host: base.hostname, port: base.port, method, path, headers, agent, timeout: 60_000 }, (res) => {
      res.on("data", (chunk: Buffer) => (bytes += chunk.byteLength));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, at: started, bytes }));
      res.on("error", failed);
    });
    req.on("timeout", () => req.destroy(new Error("no answer in 60 s")));
    req.on("error", failed);
    if (abandonAfterMs !== undefined) {
      setTimeout(() => {
        abandoned = true;
        req.destroy();
      }, abandonAfterMs);
    }
    req.end(body);
  });
}

export const agentFrom = (localAddress: string) => new Agent({ keepAlive: true, maxSockets: 8, localAddress });
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A text of nearly `chars` characters of generated news prose, cut after a sentence. */
function proseOf(chars: number, seed: number, side: "original" | "suspect"): string {
  let text = "";
  for (let i = 0; text.length < chars; i++) text += `${generateArticlePair(seed + i)[side]}\n\n`;
  const cut = text.lastIndexOf(". ", chars - 1);
  return text.slice(0, cut + 1);
}

/** Two sides of 50,000 one-word sentences ("Go. Go. …"): the input that used to grow faster than linear. */
export function tinySentenceBody(): string {
  const tiny = Array.from({ length: 50_000 }, () => "Go.").join(" ");
  return JSON.stringify({ original: tiny, suspect: tiny });
}

/** Two sides of generated prose at the size limit. */
export function largestBody(): string {
  return JSON.stringify({ original: proseOf(MAX_CHARS, 5_000, "original"), suspect: proseOf(MAX_CHARS, 5_000, "suspect") });
}
