/**
 * The n-gram language model: log10 probabilities of words and phrases from CMU Sphinx's
 * US-English trigram model, read in place from its trie binary.
 */
export { LanguageModel } from "./language-model";
export { loadLanguageModel, openLanguageModel, LANGUAGE_MODEL_FILE } from "./load-language-model";
