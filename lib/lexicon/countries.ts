import data from "./data/countries.json";

/**
 * Countries as WordNet 3.1 names them: name, other names (WordNet's synonyms: "DPRK",
 * "U.S."), the adjectives that pertain to each ("North Korean") and its national
 * capitals. Derived by scripts/build-lexicon/wordnet-countries.ts, never written by hand.
 * Used to tell which country a story is about and to catch a nationality that a spinner
 * swapped for another ("North Korean" → "North Vietnamese").
 */
export type Country = {
  name: string;
  adjectives: string[];
  capitals: string[];
  aliases: string[];
};

/** Every country WordNet knows, in name order. */
export const COUNTRIES: readonly Country[] = data.countries;
