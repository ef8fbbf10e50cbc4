import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The engine is shared by the server action, the API, the CLI and the tests, so it may
 * not reach for the framework, the database, the environment or the clock.
 */
const FORBIDDEN = [/from ["']next(\/|["'])/, /from ["']react/, /from ["']@\/lib\/store/, /from ["']@\/lib\/config/, /process\.env/, /Date\.now\(|new Date\(/];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

describe("lib/analysis and lib/lexicon", () => {
  const files = [...sourceFiles(new URL(".", import.meta.url).pathname), ...sourceFiles(new URL("../lexicon", import.meta.url).pathname)];

  it.each(files)("%s imports no framework, store, environment or clock", (path) => {
    const source = readFileSync(path, "utf8");
    for (const pattern of FORBIDDEN) expect(source).not.toMatch(pattern);
  });
});
