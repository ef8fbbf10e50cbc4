import { describe, expect, it } from "vitest";
import { detectFileKind } from "./file-kind";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

describe("detectFileKind", () => {
  it.each([
    ["story.txt", "", "text"],
    ["story.md", "", "markdown"],
    ["story.MARKDOWN", "", "markdown"],
    ["page.html", "text/html", "html"],
    ["page.HTM", "", "html"],
    ["Report.DOCX", "", "docx"],
    ["Report.docx", "application/octet-stream", "docx"],
  ])("reads %s (type %j) as %s by its extension", (name, type, kind) => {
    expect(detectFileKind(name, type)).toBe(kind);
  });

  it("falls back to the MIME type when the name has no extension", () => {
    expect(detectFileKind("story", "text/plain; charset=utf-8")).toBe("text");
    expect(detectFileKind("story", DOCX)).toBe("docx");
  });

  it("accepts an unknown extension only when the type is plainly text", () => {
    expect(detectFileKind("wire.log", "text/plain")).toBe("text");
    expect(detectFileKind("old.doc", DOCX)).toBeNull();
  });

  it.each([
    ["scan.pdf", "application/pdf"],
    ["photo.jpg", "image/jpeg"],
    ["old.doc", "application/msword"],
    ["noname", ""],
  ])("rejects %s", (name, type) => {
    expect(detectFileKind(name, type)).toBeNull();
  });
});
