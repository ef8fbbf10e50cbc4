import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The shared example pair (someone else's article, so it lives outside the repo and is
 * never shipped): ../shared/examples relative to the repository root, or UNSPUN_EXAMPLES_DIR.
 */
const EXAMPLES_DIR =
  // A worktree checked out elsewhere names the folder itself.
  process.env.UNSPUN_EXAMPLES_DIR ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "shared", "examples");

/** The North Korea–Iran original and its spun copy, as UTF-8 text. */
export function readSharedExample(): { original: string; suspect: string } {
  return {
    original: readFileSync(path.join(EXAMPLES_DIR, "north-korea-iran.original.txt"), "utf8"),
    suspect: readFileSync(path.join(EXAMPLES_DIR, "north-korea-iran.suspect.txt"), "utf8"),
  };
}
