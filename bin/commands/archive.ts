import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createArchiveImporter } from "@/lib/archive/add-articles";
import { articleInputSchema, firstIssue, toArchiveInput } from "@/lib/archive/article-input";
import type { ArchiveStore } from "@/lib/store/archive-types";
import { createProgress } from "./progress";
import { readArticleFile } from "./read-article-file";

export type Streams = { stdin: NodeJS.ReadableStream; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };
/** A bad-input error: one line on stderr, exit code 2. */
export class CommandInputError extends Error {}

export const ARCHIVE_USAGE = `usage: unspun archive add FILE…          add .txt, .md, .html or .docx files
       unspun archive import FILE.jsonl    add one {"title","url","published","text"} per line
       unspun archive list [--json]
       unspun archive show ID [--json]
       unspun archive delete ID`;

/** Articles written per transaction: bounded memory for any number of files. */
const BATCH = 200;

type Tally = { added: number; updated: number; skipped: number };

/** Feeds inputs to the store in batches of BATCH, one batch written while the next is read. */
function batcher(store: ArchiveStore, tally: Tally) {
  return createArchiveImporter(store, (outcomes) => {
    for (const outcome of outcomes) tally[outcome.status]++;
  }, BATCH);
}

function report(streams: Streams, tally: Tally): number {
  streams.stdout.write(`${tally.added} added, ${tally.updated} updated, ${tally.skipped} skipped.\n`);
  return tally.added + tally.updated > 0 || tally.skipped === 0 ? 0 : 2;
}

async function addFiles(store: ArchiveStore, paths: string[], streams: Streams): Promise<number> {
  if (paths.length === 0) throw new CommandInputError("archive add needs at least one FILE.");
  const tally: Tally = { added: 0, updated: 0, skipped: 0 };
  const batch = batcher(store, tally);
  const progress = createProgress(streams.stderr, "Adding", paths.length);
  for (const [i, path] of paths.entries()) {
    const file = await readArticleFile(path);
    if (file.ok) await batch.push({ title: file.title, url: null, published: null, text: file.text });
    else {
      tally.skipped++;
      streams.stderr.write(`${(streams.stderr as { isTTY?: boolean }).isTTY ? "\r\x1b[K" : ""}skipped: ${file.message}\n`);
    }
    progress.update(i + 1);
  }
  await batch.flush();
  progress.finish(paths.length);
  return report(streams, tally);
}

async function importJsonl(store: ArchiveStore, path: string | undefined, streams: Streams): Promise<number> {
  if (!path) throw new CommandInputError("archive import needs a .jsonl FILE.");
  let input: NodeJS.ReadableStream = streams.stdin;
  if (path !== "-") {
    const file = createReadStream(path);
    await new Promise<void>((resolve, reject) => {
      file.once("open", () => resolve());
      file.once("error", () => reject(new CommandInputError(`${path} does not exist or cannot be read.`)));
    });
    input = file;
  }
  const tally: Tally = { added: 0, updated: 0, skipped: 0 };
  const batch = batcher(store, tally);
  const progress = createProgress(streams.stderr, "Importing", null);
  let line = 0;
  for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
    line++;
    if (!raw.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      tally.skipped++;
      streams.stderr.write(`skipped line ${line}: not JSON.\n`);
      continue;
    }
    const parsed = articleInputSchema.safeParse(value);
    if (!parsed.success) {
      tally.skipped++;
      streams.stderr.write(`skipped line ${line}: ${firstIssue(parsed.error)}.\n`);
      continue;
    }
    await batch.push(toArchiveInput(parsed.data));
    progress.update(tally.added + tally.updated + tally.skipped);
  }
  await batch.flush();
  progress.finish(tally.added + tally.updated + tally.skipped);
  return report(streams, tally);
}

/** Runs `unspun archive …` against `store` as the local operator (no token). Returns the exit code. */
export async function runArchiveCommand(store: ArchiveStore, argv: string[], streams: Streams): Promise<number> {
  const [sub, ...rest] = argv;
  const json = rest.includes("--json");
  const args = rest.filter((a) => a !== "--json");
  switch (sub) {
    case "add":
      return addFiles(store, args, streams);
    case "import":
      return importJsonl(store, args[0], streams);
    case "list": {
      const page = await store.list({ limit: 500 });
      if (json) streams.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
      else {
        for (const a of page.articles) streams.stdout.write(`${a.id}  ${a.published ?? "no date   "}  ${a.title}${a.url ? `  <${a.url}>` : ""}\n`);
        streams.stdout.write(`${page.total} article${page.total === 1 ? "" : "s"} in the archive${page.total > page.articles.length ? ` (first ${page.articles.length} shown)` : ""}.\n`);
      }
      return 0;
    }
    case "show": {
      const article = args[0] ? await store.get(args[0]) : null;
      if (!args[0]) throw new CommandInputError("archive show needs an ID.");
      if (!article) throw new CommandInputError(`no article ${args[0]} in the archive.`);
      streams.stdout.write(json ? `${JSON.stringify(article, null, 2)}\n` : `${article.title}\n${article.url ?? ""}\n${article.published ?? ""}\n\n${article.text}\n`);
      return 0;
    }
    case "delete": {
      if (!args[0]) throw new CommandInputError("archive delete needs an ID.");
      if (!(await store.delete(args[0]))) throw new CommandInputError(`no article ${args[0]} in the archive.`);
      streams.stdout.write(`Deleted ${args[0]}.\n`);
      return 0;
    }
    default:
      throw new CommandInputError(sub ? `unknown archive command "${sub}".\n${ARCHIVE_USAGE}` : ARCHIVE_USAGE);
  }
}
