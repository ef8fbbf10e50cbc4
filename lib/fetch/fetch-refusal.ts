/**
 * Why a link could not be read, as one sentence an editor understands, with the HTTP
 * status the API answers: 400 a link that is not a web address we fetch, 403 an address
 * the server may not reach, 413 a page too large, 422 a page that could not be read.
 */
export type FetchRefusalCode =
  | "invalid-url"
  | "private-address"
  | "too-large"
  | "unreachable"
  | "timeout"
  | "http-status"
  | "not-html"
  | "too-many-redirects"
  | "no-article";

const STATUS: Record<FetchRefusalCode, number> = {
  "invalid-url": 400,
  "private-address": 403,
  "too-large": 413,
  unreachable: 422,
  timeout: 422,
  "http-status": 422,
  "not-html": 422,
  "too-many-redirects": 422,
  "no-article": 422,
};

/** Thrown by fetchArticle for every refusal; `message` is the sentence to show. */
export class FetchRefusal extends Error {
  override name = "FetchRefusal";
  readonly status: number;

  constructor(
    readonly code: FetchRefusalCode,
    message: string,
  ) {
    super(message);
    this.status = STATUS[code];
  }
}
