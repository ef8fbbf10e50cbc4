import type { ArchiveStore } from "@/lib/store/archive-types";
import { indexTerms } from "./terms";
import type { ArchiveAddOutcome, ArchiveInput } from "./types";

/** Adds articles with their index terms in one store transaction. */
export function addArticles(store: ArchiveStore, inputs: readonly ArchiveInput[], now?: Date): Promise<ArchiveAddOutcome[]> {
  return store.addMany(inputs.map((input) => ({ input, terms: indexTerms(input.text) })), now);
}
