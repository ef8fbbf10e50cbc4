/**
 * Security headers for every page and API answer. The Content-Security-Policy follows the
 * Next.js 16 guide ("How to set a Content Security Policy", nonce with Proxy): a fresh
 * nonce per request plus 'strict-dynamic', never 'unsafe-eval' in production.
 */

/** Headers that suit any response: pages, API answers and static files alike. */
export const BASE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  // A share link is a secret: never send it in a Referer to another site. ("no-referrer"
  // would also blank the Origin of form posts, which server actions check.)
  "Referrer-Policy": "same-origin",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), browsing-topics=()",
};

export type CspOptions = {
  /** Base64 nonce, fresh for each request. */
  nonce: string;
  /** `next dev`: React's debugging needs eval, and dev styles are injected inline. */
  development: boolean;
  /** Served over HTTPS: only then ask browsers to upgrade subresource requests. */
  https: boolean;
};

/**
 * The Content-Security-Policy of a page. Scripts run only with this request's nonce (Next
 * adds it to its own scripts when it finds the policy on the request) or when loaded by one
 * that has it ('strict-dynamic'). Style attributes stay allowed: CSS cannot run script, and
 * components set widths and colours through them.
 */
export function contentSecurityPolicy({ nonce, development, https }: CspOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    development ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** A fresh nonce: 16 random bytes, base64 (128 bits, so it cannot be guessed). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
