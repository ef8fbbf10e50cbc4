/**
 * The creator of a result keeps its delete token in an httpOnly cookie scoped to the whole
 * app, named per result, so the review page can offer "Delete" to them and nobody else.
 */
export function deleteCookieName(id: string): string {
  return `unspun_del_${id}`;
}
