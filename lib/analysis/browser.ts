/**
 * The part of the engine's public surface that runs in the browser: the contract's types
 * and the review's view diff. `index.ts` re-exports all of it; the UI imports this entry
 * because `index.ts` also carries the analyzer, which reads WordNet with node:fs and cannot
 * be bundled for a browser.
 */
export * from "./types";
export { diffForView, findSharedWording, NO_VIEW_CHANGES, viewChanged, type DiffView, type SharedWording, type ViewDiff } from "./3-diff/view-diff";
