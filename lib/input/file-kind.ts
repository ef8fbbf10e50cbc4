/**
 * Which files the Original and Suspect fields accept, decided by extension first and MIME
 * type second: browsers report an empty or generic type for .md and often for .docx, so
 * the extension is the more reliable signal; the type rescues a file saved without one.
 */
export type FileKind = "text" | "markdown" | "html" | "docx";

/** Extensions (lower case, with the dot) for each kind. */
const EXTENSIONS: Record<string, FileKind> = {
  ".txt": "text",
  ".text": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
  ".docx": "docx",
};

const MIME_TYPES: Record<string, FileKind> = {
  "text/plain": "text",
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
  "text/html": "html",
  "application/xhtml+xml": "html",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
};

/** The `accept` attribute for the file pickers: extensions and types together. */
export const ACCEPTED_FILE_TYPES = [...Object.keys(EXTENSIONS), ...Object.keys(MIME_TYPES)].join(",");

/** The accepted formats as an editor reads them, for labels and error messages. */
export const ACCEPTED_FORMATS_LABEL = ".txt, .md, .html or .docx";

/**
 * The kind of an uploaded file from its name and MIME type, or null when it is not one we
 * read (a .doc, a PDF, an image). "Report.DOCX" counts as docx; a MIME parameter such as
 * "; charset=utf-8" is ignored.
 */
export function detectFileKind(name: string, mimeType = ""): FileKind | null {
  const extension = extensionOf(name);
  const byExtension = extension ? EXTENSIONS[extension] : undefined;
  if (byExtension) return byExtension;
  const byType = MIME_TYPES[baseMimeType(mimeType)] ?? null;
  // An unknown extension with a plainly textual type (notes.log served as text/plain) is
  // readable; one the OS labels as Word (a .doc) is not, whatever its type says.
  if (extension && byType === "docx") return null;
  return byType;
}

/** ".docx" from "Report.DOCX"; null for "README" or ".bashrc"-style names without a stem. */
function extensionOf(name: string): string | null {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot).toLowerCase() : null;
}

function baseMimeType(mimeType: string): string {
  return (mimeType.split(";")[0] ?? "").trim().toLowerCase();
}
