import { NextResponse, type NextRequest } from "next/server";
import { BASE_SECURITY_HEADERS, contentSecurityPolicy, createNonce } from "@/lib/security-headers";

/**
 * Runs before every page: sets the security headers and a per-request CSP nonce, and keeps
 * share pages (/r/*) out of search engines. The JSON API sets the same base headers
 * itself (app/api/_lib/responses.ts), so API bodies are not buffered by a proxy.
 *
 * The nonce only reaches pages rendered per request: a page prerendered at build time has
 * scripts without it, which the policy blocks, so the root layout renders dynamically.
 */
export function proxy(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;

  if (pathname.startsWith("/_next/static/")) {
    return withHeaders(NextResponse.next(), BASE_SECURITY_HEADERS);
  }

  const nonce = createNonce();
  const forwardedProto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const policy = contentSecurityPolicy({
    nonce,
    development: process.env.NODE_ENV === "development",
    https: (forwardedProto ?? request.nextUrl.protocol.replace(/:$/, "")) === "https",
  });

  // Next reads the policy from the request to put the nonce on its own scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });

  withHeaders(response, { ...BASE_SECURITY_HEADERS, "Content-Security-Policy": policy });
  if (pathname === "/r" || pathname.startsWith("/r/")) response.headers.set("X-Robots-Tag", "noindex, nofollow");
  return response;
}

function withHeaders(response: NextResponse, headers: Readonly<Record<string, string>>): NextResponse {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [
    // Everything but the API (it sets its own headers) and Next's image optimiser.
    "/((?!api/|_next/image).*)",
  ],
};
