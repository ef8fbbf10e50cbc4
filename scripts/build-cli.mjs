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
  packages: "external",
  outfile: "bin/dist/cli.mjs",
  logLevel: "warning",
});
