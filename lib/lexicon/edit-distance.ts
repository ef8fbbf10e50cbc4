/**
 * Levenshtein distance between two words, capped: any distance above 2 reads as 3, since
 * callers only ask whether two spellings are close ("Univeristy"/"University",
 * "programmes"/"programs").
 */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return Math.min(3, previous[b.length]!);
}

/** Another spelling of one word ("metres"/"meters", "defences"/"defenses", "programme"/"program"): at most two letters apart. */
export function isSpellingVariant(a: string, b: string): boolean {
  return a !== b && Math.min(a.length, b.length) >= 4 && editDistance(a, b) <= 2;
}
