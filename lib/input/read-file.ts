import { docxToText } from "./docx-to-text";
import { ACCEPTED_FORMATS_LABEL, detectFileKind, type FileKind } from "./file-kind";
import { htmlToText } from "./html-to-text";
import { checkFileSize } from "./size-check";

/** What reading a dropped or chosen file gives the form. */
export type ReadFileResult =
  | { ok: true; kind: FileKind; text: string }
  | { ok: false; message: string };

/** The parts of a browser File this needs, so tests can pass a plain object. */
export type FileLike = { name: string; type: string; size: number; arrayBuffer(): Promise<ArrayBuffer> };

/**
 * Reads an uploaded file into the text that goes in the field: .txt and .md as UTF-8
 * (a byte-order mark dropped, Windows line ends normalised), .html reduced to its article
 * text, .docx through mammoth. Never throws: an unsupported, empty, oversized or unreadable
 * file gives `{ ok: false, message }` naming the file and what to do.
 */
export async function readInputFile(file: FileLike): Promise<ReadFileResult> {
  const kind = detectFileKind(file.name, file.type);
  if (!kind) {
    return { ok: false, message: `“${file.name}” is not a file Unspun reads. Use ${ACCEPTED_FORMATS_LABEL}.` };
  }
  const size = checkFileSize(file.size);
  if (!size.ok) return { ok: false, message: `Could not read “${file.name}”. ${size.message}` };
  try {
    const bytes = await file.arrayBuffer();
    const text = kind === "docx" ? await docxToText(bytes) : decodeText(bytes, kind);
    if (!text.trim()) return { ok: false, message: `“${file.name}” has no text in it.` };
    return { ok: true, kind, text };
  } catch (error) {
    const reason = error instanceof Error && error.message ? ` ${error.message}` : "";
    return { ok: false, message: `Could not read “${file.name}”.${reason}` };
  }
}

function decodeText(bytes: ArrayBuffer, kind: Exclude<FileKind, "docx">): string {
  let raw: string;
  try {
    // fatal: a binary file renamed .txt fails here instead of filling the field with noise.
    raw = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Error("It is not UTF-8 text: save it as UTF-8 or .docx and try again.");
  }
  if (raw.includes("\u0000")) throw new Error("It looks like a binary file, not text.");
  const text = raw.replace(/\r\n?/g, "\n");
  return kind === "html" ? htmlToText(text) : text.trim();
}
