import { describe, expect, it } from "vitest";
import { makeDocx } from "@/e2e/support/make-docx";
import { readInputFile, type FileLike } from "./read-file";

function fileOf(name: string, content: string | Uint8Array, type = ""): FileLike {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  return {
    name,
    type,
    size: bytes.byteLength,
    arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  };
}

describe("readInputFile", () => {
  it("reads UTF-8 text, dropping a byte-order mark and Windows line ends", async () => {
    const result = await readInputFile(fileOf("wire.txt", "\uFEFFFirst line.\r\nSecond line.\r\n"));
    expect(result).toEqual({ ok: true, kind: "text", text: "First line.\nSecond line." });
  });

  it("reduces an HTML page to its article text", async () => {
    const result = await readInputFile(fileOf("page.html", "<nav>Menu</nav><article><p>Story text.</p></article>"));
    expect(result).toEqual({ ok: true, kind: "html", text: "Story text." });
  });

  it("extracts the paragraphs of a .docx", async () => {
    const docx = await makeDocx(["Port strike enters second week", "Dock workers & crane operators stayed out."]);
    const result = await readInputFile(fileOf("story.docx", new Uint8Array(docx)));
    expect(result).toEqual({
      ok: true,
      kind: "docx",
      text: "Port strike enters second week\n\nDock workers & crane operators stayed out.",
    });
  });

  it("explains an unsupported format and names the accepted ones", async () => {
    const result = await readInputFile(fileOf("scan.pdf", "%PDF-1.7", "application/pdf"));
    expect(result).toEqual({ ok: false, message: "“scan.pdf” is not a file Unspun reads. Use .txt, .md, .html or .docx." });
  });

  it("refuses a .docx that is not a Word document without throwing", async () => {
    const result = await readInputFile(fileOf("fake.docx", "just text pretending"));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^Could not read “fake\.docx”\. It is not a Word document/);
  });

  it("refuses binary bytes renamed .txt", async () => {
    const result = await readInputFile(fileOf("photo.txt", new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10])));
    expect(result).toEqual({ ok: false, message: "Could not read “photo.txt”. It looks like a binary file, not text." });
  });

  it("reads a legacy Windows-1252 file with its curly quotes and accents", async () => {
    // “Café” said Zoë. in Windows-1252 bytes
    const bytes = new Uint8Array([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x73, 0x61, 0x69, 0x64, 0x20, 0x5a, 0x6f, 0xeb, 0x2e]);
    expect(await readInputFile(fileOf("old.txt", bytes))).toEqual({ ok: true, kind: "text", text: "“Café” said Zoë." });
  });

  it("refuses an empty file and one with only whitespace", async () => {
    expect(await readInputFile(fileOf("empty.txt", ""))).toEqual({ ok: false, message: "Could not read “empty.txt”. The file is empty." });
    expect(await readInputFile(fileOf("blank.md", "  \n\n "))).toEqual({ ok: false, message: "“blank.md” has no text in it." });
  });
});
