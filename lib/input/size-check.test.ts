import { describe, expect, it } from "vitest";
import { checkFileSize, formatMegabytes, MAX_FILE_BYTES } from "./size-check";

describe("checkFileSize", () => {
  it("accepts a file up to the cap and refuses one byte more, naming the cap", () => {
    expect(checkFileSize(MAX_FILE_BYTES)).toEqual({ ok: true });
    const over = checkFileSize(MAX_FILE_BYTES + 1);
    expect(over.ok).toBe(false);
    expect(!over.ok && over.message).toContain("the most Unspun reads is 20 MB");
  });

  it("refuses an empty file", () => {
    expect(checkFileSize(0)).toEqual({ ok: false, message: "The file is empty." });
  });
});

describe("formatMegabytes", () => {
  it("uses one decimal below 10 MB and whole numbers above", () => {
    expect(formatMegabytes(1.5 * 1024 * 1024)).toBe("1.5 MB");
    expect(formatMegabytes(300 * 1024 * 1024)).toBe("300 MB");
    expect(formatMegabytes(10)).toBe("0.1 MB");
  });
});
