import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import type { Readable } from "node:stream";
import { checkAddress } from "./address-guard";
import { FetchRefusal } from "./fetch-refusal";
import type { FetchPolicy } from "./fetch-policy";

/** A page as downloaded: the final URL after redirects, its content type and body bytes. */
export type DownloadedPage = { url: string; contentType: string; body: Buffer };

/**
 * GETs `link` under `policy`, following redirects by hand so every hop is checked again:
 * http(s) only, no credentials in the URL, and (unless policy.allowPrivate) every address
 * the host name resolves to must be public. The connection goes to the address that was
 * checked (a custom `lookup`), so a DNS answer that changes between check and connect
 * (rebinding) cannot slip a private address in. The body is capped at policy.maxBytes
 * after decompression and the whole fetch at policy.timeoutMs. Throws FetchRefusal.
 */
export async function guardedGet(link: string, policy: FetchPolicy): Promise<DownloadedPage> {
  const deadline = Date.now() + policy.timeoutMs;
  let url = parseLink(link);
  for (let hop = 0; ; hop++) {
    const response = await requestOnce(url, policy, deadline);
    const location = response.headers.location;
    if (response.statusCode && response.statusCode >= 300 && response.statusCode < 400 && location) {
      response.resume();
      if (hop >= policy.maxRedirects) throw new FetchRefusal("too-many-redirects", `The link redirected more than ${policy.maxRedirects} times.`);
      url = parseLink(new URL(location, url).href);
      continue;
    }
    if (!response.statusCode || response.statusCode < 200 || response.statusCode >= 300) {
      response.resume();
      throw new FetchRefusal("http-status", `The page answered ${response.statusCode ?? "nothing"}${response.statusMessage ? ` ${response.statusMessage}` : ""}, not an article.`);
    }
    const body = await readBody(response, policy, deadline);
    return { url: url.href, contentType: String(response.headers["content-type"] ?? ""), body };
  }
}

/** A URL we are willing to fetch, or a FetchRefusal saying why not. */
function parseLink(link: string): URL {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    throw new FetchRefusal("invalid-url", "That is not a web address: a link must start with http:// or https://.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new FetchRefusal("invalid-url", `Only http and https links can be fetched, not ${url.protocol.replace(/:$/, "")}.`);
  }
  if (url.username || url.password) throw new FetchRefusal("invalid-url", "Links with a user name or password in them are not fetched.");
  return url;
}

function refusePrivate(host: string, address: string, policy: FetchPolicy): void {
  if (policy.allowPrivate || policy.allowAddresses?.includes(address)) return;
  const verdict = checkAddress(address);
  if (!verdict.allowed) {
    const where = host === address ? address : `${host} (${address})`;
    throw new FetchRefusal("private-address", `The link points to ${where}, ${verdict.reason}: Unspun fetches only public web pages.`);
  }
}

/** Resolves the host, checks every address it has, and hands the connection the first checked one. */
function guardedLookup(host: string, policy: FetchPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family }, (error, addresses: LookupAddress[]) => {
      if (error || addresses.length === 0) {
        callback(new FetchRefusal("unreachable", `The site ${host} could not be found.`), "", 4);
        return;
      }
      try {
        for (const entry of addresses) refusePrivate(host, entry.address, policy);
      } catch (refusal) {
        callback(refusal as Error, "", 4);
        return;
      }
      const [first] = addresses as [LookupAddress];
      if (options.all) callback(null, [first]);
      else callback(null, first.address, first.family);
    });
  };
}

function requestOnce(url: URL, policy: FetchPolicy, deadline: number): Promise<IncomingMessage> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  // Node connects to an IP literal without calling lookup, so literals are checked here.
  if (isIP(host)) refusePrivate(host, host, policy);
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(
      url,
      {
        lookup: guardedLookup(host, policy),
        // A fresh connection each time: a pooled keep-alive socket would skip the lookup and its check.
        agent: false,
        timeout: Math.max(1, deadline - Date.now()),
        headers: {
          "user-agent": "Unspun/0.1 (article comparison; +https://github.com/unspun)",
          accept: "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5",
          "accept-encoding": "gzip, deflate, br",
        },
      },
      resolve,
    );
    request.on("timeout", () => request.destroy(timeoutRefusal(policy)));
    request.on("error", (error) => reject(error instanceof FetchRefusal ? error : unreachable(url, error)));
  });
}

function timeoutRefusal(policy: FetchPolicy): FetchRefusal {
  return new FetchRefusal("timeout", `The page did not answer within ${Math.round(policy.timeoutMs / 1000)} seconds.`);
}

function unreachable(url: URL, error: Error): FetchRefusal {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === "ECONNREFUSED" ? "refused the connection" : code === "ECONNRESET" ? "dropped the connection" : "could not be reached";
  return new FetchRefusal("unreachable", `The site ${url.host} ${why}.`);
}

async function readBody(response: IncomingMessage, policy: FetchPolicy, deadline: number): Promise<Buffer> {
  const tooLarge = () => new FetchRefusal("too-large", `The page is larger than ${Math.round(policy.maxBytes / 1024 / 1024)} MB, too large to be an article.`);
  const declared = Number(response.headers["content-length"]);
  const encoding = String(response.headers["content-encoding"] ?? "").trim().toLowerCase();
  if (!encoding && Number.isFinite(declared) && declared > policy.maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  const stream: Readable =
    encoding === "gzip" || encoding === "x-gzip"
      ? response.pipe(createGunzip())
      : encoding === "deflate"
        ? response.pipe(createInflate())
        : encoding === "br"
          ? response.pipe(createBrotliDecompress())
          : response;
  const timer = setTimeout(() => stream.destroy(timeoutRefusal(policy)), Math.max(1, deadline - Date.now()));
  const chunks: Buffer[] = [];
  let received = 0;
  try {
    // Counted after decompression, so a small compressed bomb is stopped too.
    for await (const chunk of stream) {
      received += (chunk as Buffer).length;
      if (received > policy.maxBytes) throw tooLarge();
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof FetchRefusal) throw error;
    throw new FetchRefusal("unreachable", "The page stopped arriving before it was complete.");
  } finally {
    clearTimeout(timer);
    response.destroy();
  }
  return Buffer.concat(chunks);
}
