/**
 * The one wrapper around compromise: the rest of the engine sees our own types.
 */
import nlp from "compromise";
import type { Span } from "../types";

/** compromise's list of abbreviations that take a full stop ("gen", "jan", "inc"…), lower case. */
export function compromiseAbbreviations(): string[] {
  const world = nlp.world() as { model: { one: { abbreviations: Record<string, boolean> } } };
  return Object.keys(world.model.one.abbreviations);
}

type TermJson = { text: string; tags: string[]; offset: { start: number; length: number } };

/**
 * compromise's part-of-speech tags for the words of one span, keyed by each word's start
 * offset in `text`. Tagging runs at ~14,000 words/s, so callers tag only the sentences
 * where a cheaper check already found a candidate.
 */
export function tagSpan(text: string, span: Span): Map<number, ReadonlySet<string>> {
  const tags = new Map<number, ReadonlySet<string>>();
  const doc = nlp(text.slice(span.start, span.end));
  const sentences = doc.json({ offset: true, terms: { offset: true } }) as { terms: TermJson[] }[];
  for (const sentence of sentences) {
    for (const term of sentence.terms) tags.set(span.start + term.offset.start, new Set(term.tags));
  }
  return tags;
}
