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
 * the `Origin` header (browsers send it with form posts and server actions: it is the
 * address in the user's location bar, even behind a proxy), else X-Forwarded-Proto and
 * X-Forwarded-Host (set by proxies, and by `next start` from Host), else `fallbackUrl`'s
 * origin (a route handler's request.url). Null when none is a valid http(s) origin.
 * Production deployments should set UNSPUN_BASE_URL rather than rely on any of these.
 */
export function requestOriginFrom(headers: HeaderSource, fallbackUrl?: string): string | null {
  const fromOrigin = asOrigin(headers.get("origin"));
  if (fromOrigin) return fromOrigin;
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  const fromForwarded = host ? asOrigin(`${proto}://${host}`) : null;
  return fromForwarded ?? asOrigin(fallbackUrl);
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
