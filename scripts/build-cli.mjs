// Bundles the CLI (bin/cli.ts and the engine it imports) into bin/dist/cli.mjs, so
// `npx unspun` starts without compiling TypeScript on every run. Runs on `npm install`
// (the "prepare" script); bin/unspun.mjs falls back to compiling on the fly when the
// bundle is missing or older than the sources.
import { build } from "esbuild";

await build({
  entryPoints: ["bin/cli.ts"],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // Bundling the libraries too (compromise alone is dozens of modules) saves the module
  // resolution that otherwise costs ~0.2 s of every start; only what cannot be bundled
  // (native or server-only packages the CLI never loads) stays external.
  external: ["better-sqlite3", "pg", "next", "react", "react-dom"],
  outfile: "bin/dist/cli.mjs",
  logLevel: "warning",
});
