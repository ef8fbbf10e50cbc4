import { getConfig } from "@/lib/config";
import type { HeaderSource } from "@/lib/client-address";

/**
 * The share link of a result: UNSPUN_BASE_URL when configured, otherwise the origin the
 * request came to (see requestOriginFrom), otherwise the bare path `/r/{id}`.
 */
export function shareUrlFor(id: string, requestOrigin?: string | null): string {
  const origin = getConfig().baseUrl ?? (requestOrigin ? asOrigin(requestOrigin) : null);
  return `${origin ?? ""}/r/${encodeURIComponent(id)}`;
}

/**
 * The origin a request was addressed to, for share links when UNSPUN_BASE_URL is unset:
 * with `trustProxy` (UNSPUN_TRUST_PROXY) the proxy's X-Forwarded-Host and -Proto first;
 * then the Host header, with `fallbackUrl`'s scheme (a route handler's request.url), else
 * `fallbackUrl`'s origin. Never the Origin header, nor X-Forwarded-* without a proxy to set
 * them: any client can send those, and a link shown to the user would then point at a host
 * of the sender's choosing. Null when none is a valid http(s) origin. Production
 * deployments should set UNSPUN_BASE_URL (the server warns at start when it is unset).
 */
export function requestOriginFrom(headers: HeaderSource, fallbackUrl?: string, trustProxy: boolean = getConfig().trustProxy): string | null {
  if (trustProxy) {
    const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
    const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
    const fromForwarded = host ? asOrigin(`${proto}://${host}`) : null;
    if (fromForwarded) return fromForwarded;
  }
  const host = headers.get("host")?.trim();
  const scheme = fallbackUrl?.startsWith("https:") ? "https" : "http";
  // A Host with a path, user or junk in it is no host: URL would parse "a/b" as host "a".
  const fromHost = host && /^[\w.-]+(:\d+)?$|^\[[\da-f:.]+\](:\d+)?$/i.test(host) ? asOrigin(`${scheme}://${host}`) : null;
  return fromHost ?? asOrigin(fallbackUrl);
}

/** The http(s) origin of `value`, or null ("null" from a sandboxed page, junk, other schemes). */
function asOrigin(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}
