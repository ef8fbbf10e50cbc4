import { readFile } from "node:fs/promises";
import { analyzeTexts, type Analysis } from "@/lib/analysis";
import { ConfigError, parseConfig } from "@/lib/config";
import { analysisRequestSchema } from "@/lib/validation";
import { formatReport } from "./report";
import { runStoreCommand } from "./commands/store-command";

const USAGE = `usage: unspun analyze [--original FILE] --suspect FILE [--json]
  FILE is a UTF-8 text file, or - for standard input (one side at most).
  Without --original the suspect is judged on its own.`;

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
    const options = parseArguments(argv);
    if (options === "help") {
      streams.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const maxChars = parseConfig(process.env).maxChars;
    const original = options.original ? await readText(options.original, "original", streams.stdin) : null;
    const suspect = await readText(options.suspect, "suspect", streams.stdin);
    const parsed = analysisRequestSchema(maxChars).safeParse({ original, suspect });
    if (!parsed.success) throw new InputError(parsed.error.issues[0]?.message ?? "The input is not valid.");
    if (original !== null && !original.trim()) throw new InputError(`The original file ${options.original} is empty.`);
    const analysis = analyzeTexts(parsed.data);
    streams.stdout.write(options.json ? `${JSON.stringify(analysis, null, 2)}\n` : formatReport(analysis));
    return 0;
  } catch (error) {
    if (error instanceof InputError || error instanceof ConfigError) {
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

async function readText(path: string, side: string, stdin: NodeJS.ReadableStream): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = path === "-" ? await readAll(stdin) : await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "does not exist" : code === "EISDIR" ? "is a folder" : "cannot be read";
    throw new InputError(`the ${side} file ${path} ${reason}.`);
  }
  const name = path === "-" ? "standard input" : path;
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

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

export type { Analysis };
