import { areNeighbours, thesaurusSubstitutes } from "@/lib/lexicon/substitutes";
import { wordRelation, type WordRelation } from "@/lib/lexicon/wordnet";
import type { Token } from "../../1-segment/tokens";

/** Relations between removed and added words, pairing each removed word with its best match. */
export function pairUp(removed: Token[], added: Token[]): (WordRelation | null)[] {
  const rank = (r: WordRelation | null) => (r === "same" ? 4 : r === "synonym" ? 3 : r === "near" ? 2 : r === "related" ? 1 : 0);
  return removed.map((was, i) => {
    const positional = added[i];
    let best: WordRelation | null = positional ? relationOf(was, positional) : null;
    for (const now of added) {
      const relation = relationOf(was, now);
      if (rank(relation) > rank(best)) best = relation;
    }
    return best;
  });
}

/** A near-synonym, or a hyphenated word that kept one part ("one-line" -> "one-spaced"). */
export function isRelative(was: Token, now: Token): boolean {
  const relation = relationOf(was, now);
  return relation === "synonym" || relation === "near" || relation === "related" || keepsCompoundPart(was, now);
}

/**
 * A synonym or a word within two WordNet hops, not a cousin ("cut"/"climbing", both ways of
 * acting; "storm"/"power"), which a sentence of a dozen content words offers by chance.
 */
export function isCloseRelative(was: Token, now: Token): boolean {
  const relation = relationOf(was, now);
  return relation === "same" || relation === "synonym" || relation === "near";
}

/** A word a thesaurus offers for the other (any inflection), or one the word vectors put close. */
export function isThesaurusNeighbour(was: Token, now: Token): boolean {
  return thesaurusSubstitutes(was.norm).includes(now.norm) || areNeighbours(was.norm, now.norm);
}

/** A relative by WordNet's relations, as a thesaurus offers it (any inflection), or by the word vectors. */
export function isThesaurusRelative(was: Token, now: Token): boolean {
  return isRelative(was, now) || isThesaurusNeighbour(was, now);
}

/** A hyphenated word rewritten into another that kept one of its parts ("one-line" -> "one-spaced"). */
export function keepsCompoundPart(was: Token, now: Token): boolean {
  const wasParts = was.norm.split("-");
  return wasParts.length > 1 && now.norm.split("-").some((part) => wasParts.includes(part)) && was.norm !== now.norm;
}

/** WordNet relations asked for again and again across a long article's hunks. */
const relationCache = new Map<string, WordRelation | null>();
const RELATION_CACHE_LIMIT = 50_000;

export function relationOf(a: Token, b: Token): WordRelation | null {
  if (a.norm === b.norm) return "same";
  const key = `${a.norm}|${b.norm}`;
  let relation = relationCache.get(key);
  if (relation === undefined) {
    if (relationCache.size > RELATION_CACHE_LIMIT) relationCache.clear();
    relation = wordRelation(a.norm, b.norm);
    relationCache.set(key, relation);
  }
  return relation;
}

/** True when the tokens stand next to each other in the text (no word between them). */
export function adjacent(left: Token, right: Token): boolean {
  return right.start - left.end <= 1;
}
