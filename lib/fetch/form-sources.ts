import { isLink } from "./is-link";
import type { SourceUrls } from "./resolve-links";

/**
 * The links the home form says its texts were fetched from (hidden `originalUrl` /
 * `suspectUrl` fields set by the link preview), kept only when they are http(s) links of
 * sane length: anything else is dropped rather than recorded in the result.
 */
export function sourceUrlsFromForm(formData: FormData): SourceUrls {
  const urls: SourceUrls = {};
  for (const key of ["originalUrl", "suspectUrl"] as const) {
    const value = formData.get(key);
    if (typeof value === "string" && value.length <= 2048 && isLink(value)) urls[key] = value.trim();
  }
  return urls;
}

/** The home form's message for a field that still holds a bare link at submit. */
export const UNFETCHED_LINK_MESSAGE = "This is a link: press “Fetch the article” under the field and check what was found, or paste the article's text.";
