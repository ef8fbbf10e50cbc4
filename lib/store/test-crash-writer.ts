/**
 * Test-only child process for sqlite-crash.test.ts: saves large results in a loop and prints
 * each saved id, until the test kills it with SIGKILL mid-write.
 */
import { openSqliteStore } from "./sqlite";
import { analyzeTexts } from "@/lib/analysis";

const file = process.argv[2];
if (!file) throw new Error("usage: test-crash-writer.ts DATABASE_FILE");
const store = openSqliteStore({ file, retentionDays: 30 });
// ~400 KB a row: big enough that a kill often lands inside a write.
const text = "The spy agency said the talks would resume. ".repeat(9_000);
const analysis = analyzeTexts({ original: text, suspect: text });
for (;;) {
  const saved = await store.save(analysis);
  process.stdout.write(`${saved.id}\n`);
}
