"use client";

import "./globals.css";

/**
 * Last resort when the root layout itself fails: it replaces the whole document, so it
 * brings its own <html> and <body> and stays self-contained.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="bg-canvas text-ink">
        <main className="mx-auto max-w-2xl px-4 py-12">
          <h1 className="text-2xl font-semibold">Unspun is not working right now</h1>
          <p className="mt-3 text-muted">
            A fault on our side stopped the page from loading. Try again in a moment
            {error.digest ? <> (reference <code className="font-mono">{error.digest}</code>)</> : null}.
          </p>
          <button
            type="button"
            onClick={() => reset()}
            className="mt-6 rounded-md bg-accent px-4 py-2 text-sm font-medium text-on-accent"
          >
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
