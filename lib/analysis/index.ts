/** The engine's public surface: the server action, the API, the CLI and tests import this. */
export { analyzeTexts, ENGINE_NAME, type AnalyzeInput } from "./analyze";
export { diffSpans, type DiffPart, type DiffOptions } from "./3-diff/diff";
export { tokenize, type Token } from "./1-segment/tokens";
export * from "./types";
export { diffForView, findSharedWording, NO_VIEW_CHANGES, viewChanged, type DiffView, type SharedWording, type ViewDiff } from "./3-diff/view-diff";
