import { createServer, connect, type Server, type Socket } from "node:net";

/**
 * Test-only: a TCP proxy in front of a real server that can stop forwarding, as a hung
 * database host or a network that silently drops packets would. Connections stay open.
 */
export type StallingProxy = { port: number; stall(): void; resume(): void; close(): Promise<void> };

export async function startStallingProxy(targetHost: string, targetPort: number): Promise<StallingProxy> {
  let stalled = false;
  const pipes = new Set<{ client: Socket; upstream: Socket }>();
  const server: Server = createServer((client) => {
    const upstream = connect(targetPort, targetHost);
    const pipe = { client, upstream };
    pipes.add(pipe);
    const forward = (from: Socket, to: Socket) =>
      from.on("data", (chunk) => {
        // Held back while stalled: the bytes arrive late, like a resumed SIGSTOP-ed server.
        if (stalled) held.push(() => to.write(chunk));
        else to.write(chunk);
      });
    forward(client, upstream);
    forward(upstream, client);
    const end = () => {
      client.destroy();
      upstream.destroy();
      pipes.delete(pipe);
    };
    client.on("error", end).on("close", end);
    upstream.on("error", end).on("close", end);
    if (stalled) client.pause();
  });
  const held: (() => void)[] = [];
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("The proxy has no port.");
  return {
    port: address.port,
    stall: () => {
      stalled = true;
    },
    resume: () => {
      stalled = false;
      for (const write of held.splice(0)) write();
      for (const { client } of pipes) client.resume();
    },
    close: async () => {
      for (const { client, upstream } of pipes) {
        client.destroy();
        upstream.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
