/**
 * List items run together in one paragraph ("1. The first item 2. The second item",
 * "• 9. One • 10. Two", "a. One b. Two"): each item is a sentence of its own, and the full
 * stop of a marker ("1.", "2.)") never ends one.
 */

/** Bullet characters. Dashes and asterisks are left out: in running prose they are punctuation. */
const BULLETS = "•◦‣⁃▪●■";
/** A marker at the start of a paragraph: an optional bullet, then "1.", "1.)", "1)" or "a.". */
const LEADING_MARKER = new RegExp(`^([${BULLETS}])?\\s?(?:(\\d{1,3})|([a-z]))?(\\.\\)|\\)|\\.)?(?=\\s)`, "u");

export type ListItems = {
  /** Offsets in the paragraph where a new item begins (never 0). */
  itemStarts: number[];
  /** Offsets of marker punctuation ("." of "2.", "." of "2.)"), which ends no sentence. */
  markerPunctuation: Set<number>;
};

/**
 * Finds the items of a list written inline in one paragraph. A paragraph is a list only
 * when it opens with a marker; later items must carry the same bullet, or the next number
 * or letter with the same punctuation, so a stray "2." in a sentence never starts an item.
 */
export function findListItems(body: string): ListItems {
  const items: ListItems = { itemStarts: [], markerPunctuation: new Set() };
  const lead = LEADING_MARKER.exec(body);
  if (!lead) return items;
  const [, bullet, digits, letter, punctuation] = lead;
  if (!bullet && !punctuation) return items;
  if (punctuation && (digits || letter)) items.markerPunctuation.add(lead[0].length - punctuation.length);
  if (bullet) {
    addBulletItems(body, bullet, items);
    return items;
  }
  if (!punctuation) return items;
  let ordinal = digits ? Number(digits) : (letter ?? "a").charCodeAt(0);
  let from = lead[0].length;
  for (;;) {
    ordinal++;
    const label = digits ? String(ordinal) : String.fromCharCode(ordinal);
    const marker = `${label}${punctuation}`;
    const at = findMarker(body, marker, from);
    if (at < 0) return items;
    items.itemStarts.push(at);
    items.markerPunctuation.add(at + label.length);
    from = at + marker.length;
  }
}

/** Items that start with `bullet`, each with its own optional number ("• 10. The second item"). */
function addBulletItems(body: string, bullet: string, items: ListItems): void {
  const numbered = /^\s?\d{1,3}(\.\)|\)|\.)(?=\s)/u;
  for (let at = 0; at < body.length; at = body.indexOf(bullet, at + 1)) {
    if (at < 0) return;
    if (at > 0) {
      if (!/\s/u.test(body[at - 1] ?? "")) continue;
      items.itemStarts.push(at);
    }
    const number = numbered.exec(body.slice(at + 1, at + 8));
    if (number?.[1]) items.markerPunctuation.add(at + 1 + number[0].length - number[1].length);
  }
}

/** The next `marker` at or after `from` that stands as a word of its own, followed by space. */
function findMarker(body: string, marker: string, from: number): number {
  for (let at = body.indexOf(marker, from); at >= 0; at = body.indexOf(marker, at + 1)) {
    const before = body[at - 1] ?? "";
    const after = body[at + marker.length] ?? "";
    if (/\s/u.test(before) && /\s/u.test(after)) return at;
  }
  return -1;
}
