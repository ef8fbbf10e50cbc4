/** What the home form's link preview gets back from fetchArticleAction. */
export type LinkPreviewResult =
  | {
      ok: true;
      article: { url: string; title: string | null; byline: string | null; siteName: string | null; text: string; preview: string; words: number };
    }
  | { ok: false; error: string };
