import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Unspun: catch machine-spun rewrites of news articles", template: "%s · Unspun" },
  description:
    "Compare an article with a suspected rewrite, sentence by sentence: every change classified, garbled paraphrases explained, with a link to share the review.",
  applicationName: "Unspun",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f6f5f2" },
    { media: "(prefers-color-scheme: dark)", color: "#121316" },
  ],
};

/** The app shell: product name and purpose on every page, then the page itself. */
export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request, so its scripts carry the per-request CSP nonce that
  // proxy.ts sets; a page prerendered at build time would have scripts the policy blocks.
  await connection();
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col bg-canvas text-ink antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-3 focus:top-3 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <header className="border-b border-line-soft bg-surface">
          <div className="mx-auto flex max-w-7xl flex-wrap items-baseline gap-x-4 gap-y-1 px-4 py-3 sm:px-6">
            <Link href="/" className="text-xl font-semibold tracking-tight text-ink no-underline">
              Unspun
            </Link>
            <p className="text-sm text-muted">Catch machine-spun rewrites of news articles.</p>
            <nav aria-label="Tools" className="ml-auto flex gap-4 text-sm">
              <Link href="/watch">Watch many copies</Link>
              <Link href="/archive">Archive</Link>
            </nav>
          </div>
        </header>
        {/* Pages set their own width: the review uses the whole screen, the home page less. */}
        <main id="main" className="w-full flex-1">
          {children}
        </main>
        <footer className="border-t border-line-soft">
          <p className="mx-auto max-w-7xl px-4 py-4 text-xs text-muted sm:px-6">
            Unspun compares texts; it does not fact-check them. Treat every finding as a lead to verify.
          </p>
        </footer>
      </body>
    </html>
  );
}
