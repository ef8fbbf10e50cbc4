/**
 * True when a field's whole content is one http(s) link, which the form, the watch and
 * the CLI fetch instead of analysing. Kept apart from the fetcher so browser code can use it.
 */
export function isLink(text: string): boolean {
  return /^https?:\/\/\S+$/i.test(text.trim());
}
