import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Where the committed language data lives, relative to the repository root. */
const DATA_FROM_ROOT = join("lib", "lexicon", "data");

/**
 * The path of a file in `lib/lexicon/data/` (the committed n-gram model and neighbour
 * table), found from wherever this module runs: the source tree (tsx, vitest), the CLI
 * bundle in bin/dist/, the server bundle in server/dist/ or Next's own chunks under
 * .next/. Each of those sits somewhere below the repository root, so the search walks up
 * from this module's folder; the working directory (where `next start` runs) is the
 * fallback when a bundler has rewritten `import.meta.url`.
 * @throws Error naming the file when it is nowhere to be found.
 */
export function lexiconDataFile(name: string): string {
  const tried: string[] = [];
  for (const start of searchStarts()) {
    for (let dir = start; ; dir = dirname(dir)) {
      const candidate = join(dir, DATA_FROM_ROOT, name);
      tried.push(candidate);
      if (existsSync(candidate)) return candidate;
      if (dirname(dir) === dir) break;
    }
  }
  throw new Error(`language data file ${name} not found (looked in ${[...new Set(tried)].slice(0, 4).join(", ")}, …)`);
}

function searchStarts(): string[] {
  const starts: string[] = [];
  try {
    if (import.meta.url.startsWith("file:")) starts.push(dirname(fileURLToPath(import.meta.url)));
  } catch {
    // a bundle without a file URL: the working directory below still answers
  }
  starts.push(process.cwd());
  return starts;
}
