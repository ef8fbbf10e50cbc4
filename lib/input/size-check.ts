/**
 * Size check for uploads, made before a file is read so a 300 MB video dropped by mistake
 * never reaches memory. (Extracted text over the character limit still goes in the field,
 * where the live count marks it, so the editor can trim it.)
 */

/**
 * The largest file we read. A .docx carries images and styles besides its words, so the
 * byte cap sits well above the text limit: a 200,000-character article with photos was
 * about 6 MB as .docx; 20 MB leaves room without letting a video through.
 */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type SizeProblem = { ok: false; message: string } | { ok: true };

/** Whether a file of `bytes` bytes may be read at all; the message names the cap in MB. */
export function checkFileSize(bytes: number, maxBytes = MAX_FILE_BYTES): SizeProblem {
  if (bytes === 0) return { ok: false, message: "The file is empty." };
  if (bytes > maxBytes) {
    return {
      ok: false,
      message: `The file is too large (${formatMegabytes(bytes)}): the most Unspun reads is ${formatMegabytes(maxBytes)}.`,
    };
  }
  return { ok: true };
}

/** "20 MB", "1.5 MB", "0.3 MB": one decimal below 10 MB, whole numbers above. */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  const rounded = mb < 10 ? Math.round(mb * 10) / 10 : Math.round(mb);
  return `${rounded === 0 ? 0.1 : rounded} MB`;
}
