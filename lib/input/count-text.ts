/**
 * Word and character counts shown live under each field. Words are runs of letters or
 * digits (with inner apostrophes and hyphens: "don't", "Thomas-Greenfield" count once), so
 * punctuation and stray dashes never count; characters are UTF-16 code units, the same unit
 * the server's size limit uses, so the count and the limit always agree.
 */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** How many words `text` has; 0 for empty or whitespace-only text. */
export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD)) count++;
  return count;
}

/** How many characters count against the limit: `text.length`, as the server measures. */
export function countCharacters(text: string): number {
  return text.length;
}
