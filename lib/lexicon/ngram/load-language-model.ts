import { readFileSync } from "node:fs";
import { lexiconDataFile } from "../data-dir";
import { LanguageModel } from "./language-model";
import { TrieModel } from "./trie-model";

/** CMU Sphinx's generic US-English trigram model, committed under lib/lexicon/data/. */
export const LANGUAGE_MODEL_FILE = "en-us.lm.bin";

let shared: LanguageModel | undefined;

/**
 * The process's one n-gram model, read on first use (one 27 MB file read and a
 * 72,547-word Map; see scripts/bench-lexicon.ts for the measured cost) and kept.
 * @throws Error when the data file is missing or malformed.
 */
export function loadLanguageModel(): LanguageModel {
  shared ??= openLanguageModel(lexiconDataFile(LANGUAGE_MODEL_FILE));
  return shared;
}

/**
 * Reads a sphinxbase "Trie Language Model" binary from `path` into a new model, apart
 * from the shared one (for tests and build scripts).
 */
export function openLanguageModel(path: string): LanguageModel {
  return new LanguageModel(new TrieModel(readFileSync(path)));
}
