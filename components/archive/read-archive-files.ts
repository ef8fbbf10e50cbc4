import { readInputFile, type FileLike } from "@/lib/input/read-file";

/** One article read in the browser, or the file (or .jsonl line) that could not be. */
export type ReadArticle = { ok: true; source: string; article: { title: string; url?: string; published?: string; text: string } } | { ok: false; source: string; message: string };

/**
 * Reads dropped files into articles: a .jsonl gives one per line (`{title, url, published,
 * text}`), any other file one through lib/input (.txt, .md, .html, .docx). Yields one at a
 * time so a large batch is sent in slices; an empty, binary or unreadable file is reported, not thrown.
 */
export async function* readArchiveFiles(files: readonly (FileLike & { text(): Promise<string> })[]): AsyncGenerator<ReadArticle> {
  for (const file of files) {
    if (file.name.toLowerCase().endsWith(".jsonl")) {
      const lines = (await file.text()).split("\n");
      for (const [i, line] of lines.entries()) {
        if (!line.trim()) continue;
        try {
          yield { ok: true, source: `${file.name} line ${i + 1}`, article: JSON.parse(line) };
        } catch {
          yield { ok: false, source: `${file.name} line ${i + 1}`, message: "not JSON" };
        }
      }
      continue;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (!file.name.toLowerCase().endsWith(".docx") && bytes.includes(0)) {
      yield { ok: false, source: file.name, message: "not text: it contains binary data" };
      continue;
    }
    const read = await readInputFile(file);
    if (!read.ok) yield { ok: false, source: file.name, message: read.message };
    else yield { ok: true, source: file.name, article: { title: read.text.trim().split("\n")[0]!.trim().slice(0, 200) || file.name, text: read.text } };
  }
}
