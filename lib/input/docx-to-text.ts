/**
 * Plain text of a Word (.docx) document, via mammoth's extractRawText: paragraphs are
 * separated by a blank line; tables, footnotes and images are left out. Runs in the
 * browser (mammoth is loaded only when a .docx is chosen, keeping it off the home page's
 * first load) and in Node for tests. Rejects with a readable message for a file that is
 * not a .docx (a renamed .doc or PDF).
 */
export async function docxToText(data: ArrayBuffer): Promise<string> {
  const mammoth = await import("mammoth");
  const extractRawText = mammoth.extractRawText ?? mammoth.default.extractRawText;
  // mammoth's browser build reads `arrayBuffer`, its Node build reads `buffer`; JSZip takes
  // an ArrayBuffer for either, so both keys point at the same bytes.
  const input = { arrayBuffer: data, buffer: data } as unknown as Parameters<typeof extractRawText>[0];
  let value: string;
  try {
    ({ value } = await extractRawText(input));
  } catch {
    throw new Error("It is not a Word document that Unspun can open: save it as .docx or .txt and try again.");
  }
  return value.replace(/\r\n?/g, "\n").replace(/\n{3,}/g, "\n\n").trim();
}
