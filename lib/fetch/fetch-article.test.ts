import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_FETCH_POLICY, fetchPolicyFromEnv, type FetchPolicy } from "./fetch-policy";
import { fetchArticle, FetchRefusal, isLink } from "./fetch-article";
import { articlePage, readCorpusArticle, serve, startArticleServer, type ArticleServer } from "./test-article-server";

const article = readCorpusArticle("politics-housing-bill", "original");
const page = articlePage(article.headline, article.body, "By Jane Okafor");
/** This test's loopback server is allowed, as UNSPUN_FETCH_ALLOW_PRIVATE=true would allow it. */
const allowLoopback: FetchPolicy = fetchPolicyFromEnv({ UNSPUN_FETCH_ALLOW_PRIVATE: "true" });
const guarded: FetchPolicy = fetchPolicyFromEnv({});

let server: ArticleServer;
let other: ArticleServer;

beforeAll(async () => {
  // A second loopback address stands in for "a private host the redirect points to".
  other = await startArticleServer({ "/secret": serve.html(page) }, "127.0.0.2");
  server = await startArticleServer({
    "/article": serve.html(page),
    "/gzipped": serve.gzipHtml(page),
    "/moved": serve.redirect("/article"),
    "/to-private": serve.redirect(`${other.origin}/secret`),
    "/loop": serve.redirect("/loop"),
    "/report.pdf": (reply) => reply.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.7"),
    "/empty-shell": serve.html("<html><body><nav>Home</nav><p>Subscribe.</p></body></html>"),
    "/huge": (reply) => {
      reply.writeHead(200, { "content-type": "text/html" });
      reply.end("<p>" + "word ".repeat(300_000) + "</p>");
    },
    "/slow": (reply) => {
      reply.writeHead(200, { "content-type": "text/html" });
      reply.write("<html><body><p>The start of a page that never finishes");
    },
  });
});
afterAll(async () => {
  await Promise.all([server.close(), other.close()]);
});

async function refusal(promise: Promise<unknown>): Promise<FetchRefusal> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FetchRefusal);
  return error as FetchRefusal;
}

describe("fetchArticle from a local news page", () => {
  it("extracts the title, byline and body paragraphs, without the page furniture", async () => {
    const fetched = await fetchArticle(`${server.origin}/article`, allowLoopback);
    expect(fetched.title).toBe(article.headline); // the site name after "|" dropped
    expect(fetched.siteName).toBe("The Daily Example");
    expect(fetched.byline).toBe("By Jane Okafor");
    expect(fetched.url).toBe(`${server.origin}/article`);
    const firstParagraph = article.body.split("\n")[0]!.trim();
    expect(fetched.text.startsWith(firstParagraph)).toBe(true);
    expect(fetched.text).toContain("The bill passed 187 to 146");
    expect(fetched.text.split(/\n\s*\n/).length).toBe(article.body.split(/\n\s*\n/).length);
    expect(fetched.text).not.toMatch(/Home|Terms|Daily Example/);
  });

  it("follows a redirect and records where the article was found", async () => {
    const fetched = await fetchArticle(`${server.origin}/moved`, allowLoopback);
    expect(fetched.requestedUrl).toBe(`${server.origin}/moved`);
    expect(fetched.url).toBe(`${server.origin}/article`);
  });

  it("connects by host name through the checking lookup when the name's addresses are allowed", async () => {
    const port = new URL(server.origin).port;
    const fetched = await fetchArticle(`http://localhost:${port}/article`, { ...DEFAULT_FETCH_POLICY, allowAddresses: ["127.0.0.1", "::1"] });
    expect(fetched.text).toContain("187 to 146");
  });

  it("reads a gzip-compressed page", async () => {
    expect((await fetchArticle(`${server.origin}/gzipped`, allowLoopback)).text).toContain("187 to 146");
  });

  it.each([
    ["/report.pdf", 422, /not a web page \(it is application\/pdf\)/],
    ["/empty-shell", 422, /No article text was found/],
    ["/missing", 422, /answered 404/],
    ["/loop", 422, /redirected more than 5 times/],
  ])("refuses %s with %i and says why", async (path, status, message) => {
    const error = await refusal(fetchArticle(`${server.origin}${path}`, allowLoopback));
    expect(error.status).toBe(status);
    expect(error.message).toMatch(message);
  });

  it("stops reading a page over the size limit", async () => {
    const error = await refusal(fetchArticle(`${server.origin}/huge`, { ...allowLoopback, maxBytes: 100_000 }));
    expect(error.status).toBe(413);
  });

  it("gives up on a page that never finishes", async () => {
    const started = Date.now();
    const error = await refusal(fetchArticle(`${server.origin}/slow`, { ...allowLoopback, timeoutMs: 500 }));
    expect(error.code).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});

describe("fetchArticle refuses what a public service must not reach", () => {
  it("refuses a loopback address unless the operator allows private addresses", async () => {
    const error = await refusal(fetchArticle(`${server.origin}/article`, guarded));
    expect(error.status).toBe(403);
    expect(error.message).toMatch(/127\.0\.0\.1, a loopback address/);
  });

  it("refuses a name that resolves to a loopback address, after resolving it", async () => {
    const port = new URL(server.origin).port;
    const error = await refusal(fetchArticle(`http://localhost:${port}/article`, guarded));
    expect(error.status).toBe(403);
    expect(error.message).toMatch(/localhost \((127\.0\.0\.1|::1)\), a loopback address/);
  });

  it("refuses a redirect to a private address, checking every hop", async () => {
    const onlyThisServer: FetchPolicy = { ...DEFAULT_FETCH_POLICY, allowAddresses: ["127.0.0.1"] };
    expect((await fetchArticle(`${server.origin}/article`, onlyThisServer)).text).toContain("187 to 146");
    const error = await refusal(fetchArticle(`${server.origin}/to-private`, onlyThisServer));
    expect(error.status).toBe(403);
    expect(error.message).toMatch(/127\.0\.0\.2, a loopback address/);
  });

  it.each([
    ["http://[::1]/", /::1, a loopback address/],
    ["http://[::ffff:127.0.0.1]/", /loopback address \(inside an IPv6 address\)/],
    ["http://169.254.169.254/latest/meta-data/", /link-local/],
    ["http://10.0.0.1/", /private address/],
    ["http://2130706433/", /127\.0\.0\.1, a loopback address/],
  ])("refuses %s without connecting", async (link, message) => {
    const error = await refusal(fetchArticle(link, guarded));
    expect(error.status).toBe(403);
    expect(error.message).toMatch(message);
  });

  it.each([
    ["ftp://example.org/story", /Only http and https/],
    ["file:///etc/passwd", /Only http and https/],
    ["http://user:secret@example.org/", /user name or password/],
    ["not a link", /not a web address/],
  ])("refuses %s as a link it does not fetch", async (link, message) => {
    const error = await refusal(fetchArticle(link, guarded));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(message);
  });

  it("rejects a mistyped UNSPUN_FETCH_ALLOW_PRIVATE instead of opening the private network", () => {
    expect(() => fetchPolicyFromEnv({ UNSPUN_FETCH_ALLOW_PRIVATE: "ture" })).toThrow(/UNSPUN_FETCH_ALLOW_PRIVATE must be true or false/);
  });
});

describe("isLink", () => {
  it.each([
    ["https://example.org/news/1", true],
    ["  http://example.org/a?b=c  ", true],
    ["The story at https://example.org is spun.", false],
    ["example.org/news", false],
  ])("%j → %s", (text, expected) => expect(isLink(text)).toBe(expected));
});
