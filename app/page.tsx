import { connection } from "next/server";
import { AnalyzeForm } from "@/components/home/analyze-form";
import { getConfig } from "@/lib/config";

/** The home page: what Unspun does in two lines, then the form. */
export default async function HomePage() {
  // Rendered per request: the size limit comes from the server's environment, not the build's.
  await connection();
  const { maxChars } = getConfig();
  return (
    <>
      <div className="mx-auto max-w-7xl px-4 pt-6 sm:px-6 sm:pt-8">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Compare an article with a suspected rewrite</h1>
        <p className="mt-2 max-w-3xl text-muted">
          Unspun lines the two texts up sentence by sentence and explains every change: swapped names and numbers,
          reworded quotes, and the garbled word-for-word paraphrases that article spinners leave behind. The suspect
          can also be checked on its own.
        </p>
      </div>
      {/* The form keeps to the page width; an unsaved review below it uses the whole screen, as at /r/{id}. */}
      <AnalyzeForm maxChars={maxChars} />
    </>
  );
}
