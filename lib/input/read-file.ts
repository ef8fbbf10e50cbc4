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
 * Reads an uploaded file into the text that goes in the field: .txt and .md as UTF-8, or
 * Windows-1252 when the bytes are not UTF-8 (a byte-order mark dropped, Windows line ends
 * normalised), .html reduced to its article
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
  const view = new Uint8Array(bytes);
  // NUL bytes never occur in text files in UTF-8 or the legacy 8-bit encodings.
  if (view.includes(0)) throw new Error("It looks like a binary file, not text.");
  let raw: string;
  try {
    raw = new TextDecoder("utf-8", { fatal: true }).decode(view);
  } catch {
    // Not UTF-8: older newsroom systems and saved pages use Windows-1252 (a superset of
    // Latin-1), which decodes any byte sequence, so curly quotes and accents survive.
    raw = decodeWindows1252(view);
  }
  const text = raw.replace(/\r\n?/g, "\n");
  return kind === "html" ? htmlToText(text) : text.trim();
}

/**
 * 0x80–0x9F in Windows-1252 (the bytes where it differs from Latin-1), per the WHATWG
 * Encoding Standard; decoded by hand because Node's TextDecoder("windows-1252") maps them
 * as Latin-1 control characters, unlike browsers.
 */
const CP1252_HIGH =
  "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (const byte of bytes) {
    out += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  }
  return out;
}
