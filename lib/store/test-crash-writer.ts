/**
 * Test-only child process for sqlite-crash.test.ts: saves large results in a loop and prints
 * each saved id, until the test kills it with SIGKILL mid-write.
 */
import { openSqliteStore } from "./sqlite";
import type { Analysis } from "@/lib/analysis/types";

const file = process.argv[2];
if (!file) throw new Error("usage: test-crash-writer.ts DATABASE_FILE");
const store = openSqliteStore({ file, retentionDays: 30 });
// ~400 KB a row: big enough that a kill often lands inside a write.
const text = "The spy agency said the talks would resume. ".repeat(9_000);
// Built by hand, not by the engine: this tests the store, and must stay fast whatever the engine does.
const doc = { text, sentences: [{ start: 0, end: text.length }] };
const analysis: Analysis = {
  engine: "crash-writer",
  original: doc,
  suspect: doc,
  alignments: [{ original: [0], suspect: [0], similarity: 1 }],
  findings: [],
  summary: { verdict: "identical", spinScore: 0, counts: {} },
};
for (;;) {
  const saved = await store.save(analysis);
  process.stdout.write(`${saved.id}\n`);
}
