/** Outcome of reading a request body as JSON within a byte limit. */
export type JsonBody = { ok: true; value: unknown } | { ok: false; reason: "too-large" | "not-json" | "empty" };

/**
 * Reads a request body as UTF-8 JSON, refusing it as "too-large" as soon as more than
 * `maxBytes` are declared (Content-Length) or received (chunked uploads), so a huge body
 * is never buffered whole.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<JsonBody> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, reason: "too-large" };
  if (!request.body) return { ok: false, reason: "empty" };

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      return { ok: false, reason: "too-large" };
    }
    chunks.push(value);
  }
  if (received === 0) return { ok: false, reason: "empty" };

  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    return { ok: false, reason: "not-json" };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, reason: "not-json" };
  }
}

/**
 * The largest body worth reading for two texts of `maxChars` characters: JSON escaping
 * can make one character up to 6 bytes (\uXXXX), plus 64 KB for field names and options.
 */
export function maxBodyBytes(maxChars: number): number {
  return 2 * maxChars * 6 + 64 * 1024;
}
