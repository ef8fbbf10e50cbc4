/** The part of autocannon's API that scripts/loadtest.ts uses (the package ships no types). */
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  namespace autocannon {
    type RawRequest = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
    type Request = RawRequest & { setupRequest?: (request: RawRequest, context: Record<string, unknown>) => RawRequest };
    type Options = {
      url: string;
      connections?: number;
      duration?: number;
      timeout?: number;
      requests?: Request[];
    };
    type Stats = { average: number; total: number; p50: number; p99: number };
    type Result = { requests: Stats; latency: Stats; errors: number; timeouts: number; non2xx: number };
    type Instance = EventEmitter &
      PromiseLike<Result> & {
        on(event: "response", listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void): Instance;
      };
  }

  function autocannon(options: autocannon.Options): autocannon.Instance;
  export default autocannon;
}
