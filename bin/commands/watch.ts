import { readFile } from "node:fs/promises";
import { analyzeTexts } from "@/lib/analysis";
import { parseConfig } from "@/lib/config";
import { fetchArticle, FetchRefusal, isLink } from "@/lib/fetch/fetch-article";
import { runWatch, type WatchCopy } from "@/lib/watch/run-watch";
import { watchRowsToCsv } from "@/lib/watch/watch-csv";
import { MAX_WATCH_COPIES } from "@/lib/watch/watch-request";
import { countFactChanges, countFindings, type WatchRow } from "@/lib/watch/watch-row";

export const WATCH_USAGE = `usage: unspun watch --original FILE SUSPECT… [--json | --csv]
  Compares one original with many copies (files or http(s) links), ranked by spin score.`;

type Streams = { stdin: NodeJS.ReadableStream; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };

/** Bad input for the whole watch: one line on stderr, exit 2. */
class WatchInputError extends Error {}

/**
 * `unspun watch --original A SUSPECT…`: analyses every suspect against the original and
 * prints them ranked by spin score (a table, --json `{ original, rows }` or --csv).
 * Nothing is stored. Exit 2 with one line on stderr when the original cannot be read or
 * the arguments are wrong; a suspect that cannot be read gets a row with its error and
 * the others still run (exit 0).
 */
export async function watchCommand(argv: string[], streams: Streams): Promise<number> {
  try {
    const options = parseWatchArguments(argv);
    const { maxChars } = parseConfig(process.env);
    const original = await readOriginal(options.original, streams.stdin);
    if (original.text.length > maxChars) throw new WatchInputError(`the original is too long: the limit is ${maxChars.toLocaleString("en-US")} characters.`);
    const copies = await Promise.all(options.suspects.map((path) => readCopy(path)));
    const rows = await runWatch({
      original: original.text,
      ...(original.url ? { originalUrl: original.url } : {}),
      copies,
      maxChars,
      analyze: async (input) => JSON.stringify(analyzeTexts(input)),
    });
    if (options.format === "json") streams.stdout.write(`${JSON.stringify({ original: options.original, ...(original.url ? { originalUrl: original.url } : {}), rows }, null, 2)}\n`);
    else if (options.format === "csv") streams.stdout.write(watchRowsToCsv(rows));
    else streams.stdout.write(formatWatchTable(rows));
    return 0;
  } catch (error) {
    if (error instanceof WatchInputError || error instanceof FetchRefusal) {
      streams.stderr.write(`unspun: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

type WatchOptions = { original: string; suspects: string[]; format: "table" | "json" | "csv" };

function parseWatchArguments(argv: string[]): WatchOptions {
  const options: WatchOptions = { original: "", suspects: [], format: "table" };
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i]!;
    if (argument === "--json" || argument === "--csv") {
      const format = argument === "--json" ? "json" : "csv";
      if (options.format !== "table" && options.format !== format) throw new WatchInputError("choose one of --json and --csv.");
      options.format = format;
    } else if (argument === "--original") {
      const value = argv[++i];
      if (!value) throw new WatchInputError("--original needs a file name, a link or - for standard input.");
      options.original = value;
    } else if (argument.startsWith("--")) throw new WatchInputError(`unknown option "${argument}". ${WATCH_USAGE.split("\n")[0]}`);
    else options.suspects.push(argument);
  }
  if (!options.original) throw new WatchInputError(`--original FILE is required. ${WATCH_USAGE.split("\n")[0]}`);
  if (options.suspects.length === 0) throw new WatchInputError("give at least one suspect file or link after the original.");
  if (options.suspects.length > MAX_WATCH_COPIES) throw new WatchInputError(`a watch compares at most ${MAX_WATCH_COPIES} copies at once: split the list.`);
  if (options.suspects.includes("-")) throw new WatchInputError("suspects are read from files or links; only the original can come from standard input.");
  return options;
}

async function readOriginal(path: string, stdin: NodeJS.ReadableStream): Promise<{ text: string; url?: string }> {
  if (isLink(path)) {
    const article = await fetchArticle(path);
    return { text: article.text, url: article.url };
  }
  const result = await readTextFile(path === "-" ? null : path, stdin);
  if ("error" in result) throw new WatchInputError(`the original ${result.error}`);
  return { text: result.text };
}

/** A suspect becomes a copy with its text, a link to fetch, or an error its row will show. */
async function readCopy(path: string): Promise<WatchCopy> {
  if (isLink(path)) return { name: path, url: path };
  const result = await readTextFile(path, null);
  // An unreadable file is an empty copy with a reason: runWatch reports it in its row.
  return "error" in result ? { name: path, error: `The file ${result.error}` } : { name: path, text: result.text };
}

async function readTextFile(path: string | null, stdin: NodeJS.ReadableStream | null): Promise<{ text: string } | { error: string }> {
  const name = path ?? "standard input";
  let bytes: Buffer;
  try {
    bytes = path === null ? await readAll(stdin!) : await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: `${name} ${code === "ENOENT" ? "does not exist" : code === "EISDIR" ? "is a folder" : "cannot be read"}.` };
  }
  if (bytes.includes(0)) return { error: `${name} is not text: it contains binary data.` };
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
    return text.trim() ? { text } : { error: `${name} is empty.` };
  } catch {
    return { error: `${name} is not UTF-8 text.` };
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** The ranked rows as a terminal table: rank, score, verdict, facts changed, findings, copy. */
export function formatWatchTable(rows: WatchRow[]): string {
  const lines = ["rank  score  verdict                 facts  findings  copy"];
  rows.forEach((row, index) => {
    const rank = String(index + 1).padEnd(4);
    if (row.error) {
      lines.push(`${rank}  —      ${"not analysed".padEnd(22)}  —      —         ${row.name}: ${row.error}`);
      return;
    }
    lines.push(
      `${rank}  ${(row.spinScore ?? 0).toFixed(2)}   ${(row.verdict ?? "").padEnd(22)}  ${String(countFactChanges(row.counts)).padEnd(5)}  ${String(countFindings(row.counts)).padEnd(8)}  ${row.name}`,
    );
  });
  return `${lines.join("\n")}\n`;
}
