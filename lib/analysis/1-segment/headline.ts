/** A line with no closing punctuation and few words: a headline, a dateline or a byline. */
export function isHeadline(sentence: string): boolean {
  return !/[.!?…"”’:;)]$/.test(sentence.trim()) && sentence.split(/\s+/).length <= 25;
}

/** A headline in capitals or title case ("Water Rate Ascent"), where a capital marks no name. */
export function isTitleCasedHeadline(line: string): boolean {
  const words = line.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return isHeadline(line) && words.filter((w) => /^\p{Lu}/u.test(w)).length * 2 > words.length;
}
