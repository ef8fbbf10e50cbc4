import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

/**
 * The engine is shared by the server action, the API, the CLI and the tests, so the
 * linter (`npm run lint`, .oxlintrc.json) refuses framework, database, environment and
 * clock access inside lib/analysis. These tests hold the linter to that promise by
 * linting a throwaway file placed there.
 */
const root = new URL("../..", import.meta.url).pathname;
const probe = join(root, "lib/analysis/lint-probe.tmp.ts");

function lint(source: string): { ok: boolean; output: string } {
  writeFileSync(probe, source);
  try {
    const output = execFileSync(join(root, "node_modules/.bin/oxlint"), ["-c", join(root, ".oxlintrc.json"), probe], { cwd: root, encoding: "utf8" });
    return { ok: true, output };
  } catch (error) {
    const { stdout = "" } = error as { stdout?: string };
    return { ok: false, output: stdout };
  }
}

afterEach(() => rmSync(probe, { force: true }));

describe("the engine's import boundary", () => {
  it.each([
    ['import { redirect } from "next/navigation";\nexport const go = redirect;\n', "Next.js"],
    ['import { useState } from "react";\nexport const hook = useState;\n', "React"],
    ['import { openStore } from "@/lib/store";\nexport const store = openStore;\n', "database"],
    ["export const limit = () => process.env.UNSPUN_MAX_CHARS;\n", "environment"],
    ["export const now = () => Date.now();\n", "clock"],
  ])("refuses %j", (source, reason) => {
    const result = lint(source);
    expect(result.ok).toBe(false);
    expect(result.output).toContain(reason);
  });

  it("accepts the engine's own imports", () => {
    const result = lint('import { tokenize } from "./1-segment/tokens";\nexport const words = (text: string) => tokenize(text).length;\n');
    expect(result.ok).toBe(true);
  });
});
