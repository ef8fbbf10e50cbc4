import { createReadStream } from "node:fs";
import { analyzeTexts, type Analysis } from "@/lib/analysis";
import { ConfigError, parseConfig } from "@/lib/config";
import { FetchRefusal, isLink } from "@/lib/fetch/fetch-article";
import type { SourceUrls } from "@/lib/fetch/resolve-links";
import { readLink } from "./commands/read-link";
import { WATCH_USAGE, watchCommand } from "./commands/watch";
import { analysisRequestSchema } from "@/lib/validation";
import { formatReport } from "./report";
import { runStoreCommand } from "./commands/store-command";

const USAGE = `usage: unspun analyze [--original FILE] --suspect FILE [--json]
  FILE is a UTF-8 text file, - for standard input (one side at most), or an
  http(s) link whose article is fetched. Without --original the suspect is judged on its own.
${WATCH_USAGE}`;

type Streams = { stdin: NodeJS.ReadableStream; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };

/** A bad-input error: one line on stderr, exit code 2. */
class InputError extends Error {}

/**
 * Runs the CLI. Returns the exit code: 0 on success whatever was found, 2 on bad input
 * (a one-line message on stderr and nothing on stdout), as analysis-contract.md says.
 */
export async function main(argv: string[], streams: Streams): Promise<number> {
  if (argv[0] === "archive" || argv[0] === "find") return runStoreCommand(argv, streams);
  try {
    if (argv[0] === "watch" && !argv.includes("--help") && !argv.includes("-h")) return await watchCommand(argv.slice(1), streams);
    const options = parseArguments(argv);
    if (options === "help") {
      streams.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const maxChars = parseConfig(process.env).maxChars;
    const sources: SourceUrls = {};
    const read = (path: string, side: "original" | "suspect") => (isLink(path) ? readLink(path, side, sources) : readText(path, side, streams.stdin, maxChars));
    const original = options.original ? await read(options.original, "original") : null;
    const suspect = await read(options.suspect, "suspect");
    const parsed = analysisRequestSchema(maxChars).safeParse({ original, suspect });
    if (!parsed.success) throw new InputError(parsed.error.issues[0]?.message ?? "The input is not valid.");
    if (original !== null && !original.trim()) throw new InputError(`The original file ${options.original} is empty.`);
    const analysis = { ...sources, ...analyzeTexts(parsed.data) };
    streams.stdout.write(options.json ? `${JSON.stringify(analysis, null, 2)}\n` : formatReport(analysis));
    return 0;
  } catch (error) {
    if (error instanceof InputError || error instanceof ConfigError || error instanceof FetchRefusal) {
      streams.stderr.write(`unspun: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

type Options = { original: string | null; suspect: string; json: boolean };

function parseArguments(argv: string[]): Options | "help" {
  if (argv.includes("--help") || argv.includes("-h")) return "help";
  const [command, ...rest] = argv;
  if (command !== "analyze") throw new InputError(command ? `unknown command "${command}". ${USAGE.split("\n")[0]}` : USAGE.split("\n")[0]!);
  const options: Options = { original: null, suspect: "", json: false };
  for (let i = 0; i < rest.length; i++) {
    const argument = rest[i];
    if (argument === "--json") options.json = true;
    else if (argument === "--original" || argument === "--suspect") {
      const value = rest[++i];
      if (!value) throw new InputError(`${argument} needs a file name (or - for standard input).`);
      options[argument === "--original" ? "original" : "suspect"] = value;
    } else throw new InputError(`unknown option "${argument}". ${USAGE.split("\n")[0]}`);
  }
  if (!options.suspect) throw new InputError("--suspect FILE is required.");
  if (options.original === "-" && options.suspect === "-") throw new InputError("only one side can be read from standard input.");
  return options;
}

async function readText(path: string, side: string, stdin: NodeJS.ReadableStream, maxChars: number): Promise<string> {
  // A character takes at most 3 bytes of UTF-8, so a text within the limit fits in this many;
  // one byte more proves it too long without reading the rest (`--suspect /dev/zero`).
  const maxBytes = maxChars * 3;
  let bytes: Buffer;
  try {
    bytes = await readAtMost(path === "-" ? stdin : createReadStream(path, { end: maxBytes }), maxBytes + 1);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "does not exist" : code === "EISDIR" ? "is a folder" : "cannot be read";
    throw new InputError(`the ${side} file ${path} ${reason}.`);
  }
  const name = path === "-" ? "standard input" : path;
  if (bytes.byteLength > maxBytes) {
    throw new InputError(`the ${side} (${name}) is too long: the limit is ${maxChars.toLocaleString("en-US")} characters.`);
  }
  if (bytes.includes(0)) throw new InputError(`the ${side} (${name}) is not text: it contains binary data.`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`the ${side} (${name}) is not UTF-8 text.`);
  }
  if (!text.trim()) throw new InputError(`the ${side} (${name}) is empty.`);
  return text.replace(/^\uFEFF/, "");
}

/** Up to `limit` bytes of a stream; stops reading (and destroys a file stream) once it has them. */
async function readAtMost(stream: NodeJS.ReadableStream, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(bytes);
    received += bytes.byteLength;
    if (received >= limit) break; // leaving the loop destroys the stream
  }
  return Buffer.concat(chunks).subarray(0, limit);
}

export type { Analysis };
