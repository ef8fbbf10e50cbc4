/**
 * Edit distance between two words, counting a swap of two neighbouring letters as one edit
 * (optimal string alignment), capped: any distance above 2 reads as 3, since callers only
 * ask whether two spellings are close ("Univeristy"/"University", "metres"/"meters",
 * "programmes"/"programs").
 */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j]!, beforePrevious[j - 2]! + 1);
    }
    beforePrevious = previous;
    previous = current;
  }
  return Math.min(3, previous[b.length]!);
}

/** Letters from which a word may differ from its other spelling by two edits ("catalogue"/"catalog"). */
const LONG_WORD = 7;

/**
 * Another spelling of one word ("metres"/"meters", "defences"/"defenses",
 * "programmes"/"programs"): one edit apart, or two letters dropped from a long word, with the same first
 * letter, as spellings keep it ("caesarean"/"cesarean"). Short synonyms can be two edits
 * apart too ("ambit"/"orbit", "clinker"/"cinder").
 */
export function isSpellingVariant(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < 4 || a[0] !== b[0]) return false;
  const distance = editDistance(a, b);
  // Two edits only as letters dropped from a long word ("programmes"/"programs"), never
  // swapped: "mechanics"/"mechanism" and "angular"/"angulate" are other words.
  return distance <= 1 || (distance === 2 && Math.abs(a.length - b.length) === 2 && Math.min(a.length, b.length) >= LONG_WORD);
}
