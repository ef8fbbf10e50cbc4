import { readFile } from "node:fs/promises";
import { searchArchive } from "@/lib/archive/search";
import type { ArchiveStore } from "@/lib/store/archive-types";
import { CommandInputError, type Streams } from "./archive";

export const FIND_USAGE = "usage: unspun find --suspect FILE [--limit N] [--json]";

/**
 * Runs `unspun find --suspect FILE`: the archive's best candidates for the suspect's
 * source, best first, as `{ "candidates": [...] }` with --json or a table otherwise.
 */
export async function runFindCommand(store: ArchiveStore, argv: string[], streams: Streams): Promise<number> {
  let suspectPath = "";
  let limit = 5;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--json") json = true;
    else if (a === "--suspect") suspectPath = argv[++i] ?? "";
    else if (a === "--limit") limit = Number(argv[++i]);
    else throw new CommandInputError(`unknown option "${a}". ${FIND_USAGE}`);
  }
  if (!suspectPath) throw new CommandInputError(`--suspect FILE is required. ${FIND_USAGE}`);
  if (!Number.isInteger(limit) || limit < 1 || limit > 20) throw new CommandInputError("--limit must be a whole number from 1 to 20.");
  let bytes: Buffer;
  try {
    bytes = suspectPath === "-" ? await readStdin(streams.stdin) : await readFile(suspectPath);
  } catch {
    throw new CommandInputError(`the suspect file ${suspectPath} does not exist or cannot be read.`);
  }
  if (bytes.includes(0)) throw new CommandInputError(`the suspect (${suspectPath}) is not text: it contains binary data.`);
  const text = bytes.toString("utf8");
  if (!text.trim()) throw new CommandInputError(`the suspect (${suspectPath}) is empty.`);
  const candidates = await searchArchive(store, text, limit);
  if (json) streams.stdout.write(`${JSON.stringify({ candidates }, null, 2)}\n`);
  else if (candidates.length === 0) streams.stdout.write("No candidate in the archive shares enough with this suspect.\n");
  else
    for (const [i, c] of candidates.entries()) {
      const shared = [...c.evidence.names.slice(0, 4), ...c.evidence.numbers.slice(0, 3)].join(", ");
      streams.stdout.write(`${i + 1}. ${c.title} (${c.published ?? "no date"}) score ${c.score.toFixed(2)}  id ${c.id}\n   shares: ${shared || "—"}\n`);
    }
  return 0;
}

async function readStdin(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
