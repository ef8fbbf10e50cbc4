/** The engine's public surface: the server action, the API, the CLI and tests import this. */
export { analyzeTexts, ENGINE_NAME, type AnalyzeInput } from "./analyze";
export { diffSpans, type DiffPart, type DiffOptions } from "./diff";
export { tokenize, type Token } from "./tokens";
export * from "./types";
