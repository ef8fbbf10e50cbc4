import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** A corpus article (eval/corpus/{topic}/{file}.txt): first line the headline, then paragraphs. */
export function readCorpusArticle(topic: string, file: "original" | "spun" | "edit"): { headline: string; body: string } {
  const text = readFileSync(join(process.cwd(), "eval", "corpus", topic, `${file}.txt`), "utf8").trim();
  const [headline = "", ...rest] = text.split("\n");
  return { headline: headline.trim(), body: rest.join("\n").trim() };
}

/** A news page around an article: navigation, byline, paragraphs, a footer, as sites serve them. */
export function articlePage(headline: string, body: string, byline = "By Staff Reporter"): string {
  const paragraphs = body
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${paragraph.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
    .join("\n");
  return `<!doctype html><html><head><meta charset="utf-8"><title>${headline} | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<main><article><h1>${headline}</h1><p class="byline">${byline}</p>${paragraphs}</article></main>
<footer>© The Daily Example. <a href="/terms">Terms</a></footer></body></html>`;
}

export type ArticleServer = { origin: string; close(): Promise<void> };

/**
 * A loopback HTTP server for fetch tests: `routes` maps a path to a handler that writes
 * the answer (status, headers, body), so one test can serve an article, a redirect, a PDF
 * or an endless page. Listens on `host` (127.0.0.1 by default) on a free port.
 */
export async function startArticleServer(
  routes: Record<string, (reply: import("node:http").ServerResponse) => void>,
  host = "127.0.0.1",
): Promise<ArticleServer> {
  const server: Server = createServer((request, reply) => {
    const handler = routes[(request.url ?? "/").split("?")[0] ?? "/"];
    if (handler) handler(reply);
    else reply.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>");
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Handlers for common answers. */
export const serve = {
  html: (html: string) => (reply: import("node:http").ServerResponse) => reply.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html),
  gzipHtml: (html: string) => (reply: import("node:http").ServerResponse) =>
    reply.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-encoding": "gzip" }).end(gzipSync(html)),
  redirect: (location: string) => (reply: import("node:http").ServerResponse) => reply.writeHead(302, { location }).end(),
};
