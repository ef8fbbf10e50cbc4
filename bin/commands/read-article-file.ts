import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { readInputFile } from "@/lib/input/read-file";
import { detectFileKind } from "@/lib/input/file-kind";

/** A file read for the archive: its text and a title, or why it was skipped. */
export type ArticleFile = { ok: true; title: string; text: string } | { ok: false; message: string };

/**
 * Reads one .txt, .md, .html or .docx file through lib/input (the same readers as the
 * upload field). Never throws: a missing, empty, binary or unreadable file gives a message.
 * The title is the file's first line (for text) or its name.
 */
export async function readArticleFile(path: string): Promise<ArticleFile> {
  let bytes: Buffer;
  try {
    if ((await stat(path)).isDirectory()) return { ok: false, message: `${path} is a folder.` };
    bytes = await readFile(path);
  } catch {
    return { ok: false, message: `${path} does not exist or cannot be read.` };
  }
  const kind = detectFileKind(path);
  if (kind !== "docx" && bytes.includes(0)) return { ok: false, message: `${path} is not text: it contains binary data.` };
  const result = await readInputFile({
    name: basename(path),
    type: "",
    size: bytes.byteLength,
    arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  });
  if (!result.ok) return { ok: false, message: result.message };
  const firstLine = result.text.trim().split("\n")[0]!.trim();
  return { ok: true, title: (firstLine || basename(path)).slice(0, 200), text: result.text };
}
