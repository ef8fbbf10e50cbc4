import type { Analysis, AnalyzeInput } from "@/lib/analysis";
import { fetchArticle, FetchRefusal } from "@/lib/fetch/fetch-article";
import type { FetchPolicy } from "@/lib/fetch/fetch-policy";
import { withSourceUrls } from "@/lib/fetch/resolve-links";
import { rankWatchRows, type WatchRow } from "./watch-row";

/** One copy to compare with the original: its text, or a link to fetch it from. */
export type WatchCopy = { name: string; text?: string; url?: string; /** Why the copy could not be read (a file the CLI could not open): shown in its row. */ error?: string };

export type WatchOptions = {
  original: string;
  /** Where the original was fetched from, recorded in every copy's analysis. */
  originalUrl?: string;
  copies: WatchCopy[];
  /** Runs one analysis and gives its JSON (runAnalysisToJson in the app, the engine in the CLI). */
  analyze: (input: AnalyzeInput) => Promise<string>;
  /** Stores one analysis; its answer goes into the row (id, share link, delete token). Absent: nothing is stored. */
  save?: (analysisJson: string) => Promise<{ id: string; url: string; deleteToken?: string }>;
  /** The most characters a copy may have (UNSPUN_MAX_CHARS). */
  maxChars: number;
  fetchPolicy?: FetchPolicy;
};

/**
 * Pages fetched at once: enough to hide a slow site's latency, few enough that one watch
 * is not a crowd of connections. Analyses run one at a time per watch, so a watch of 50
 * copies never takes every analysis worker from other users.
 */
const FETCH_CONCURRENCY = 4;

/**
 * Compares one original with many copies: fetches copies given by link, analyses each
 * against the original (each stored like a normal analysis when `save` is given) and
 * returns the rows ranked by spin score, highest first. A copy that cannot be used (its
 * link refused, its text empty or over the limit) gets a row with `error` at the end: one
 * bad copy never loses the others.
 */
export async function runWatch(options: WatchOptions): Promise<WatchRow[]> {
  const texts = await mapLimited(options.copies, FETCH_CONCURRENCY, (copy) => textOf(copy, options));
  const rows: WatchRow[] = [];
  for (const [index, copy] of options.copies.entries()) {
    const got = texts[index]!;
    if ("error" in got) {
      rows.push({ name: copy.name, sourceUrl: copy.url ?? null, error: got.error });
      continue;
    }
    const json = withSourceUrls(await options.analyze({ original: options.original, suspect: got.text }), {
      ...(options.originalUrl ? { originalUrl: options.originalUrl } : {}),
      ...(got.url ? { suspectUrl: got.url } : {}),
    });
    const summary = (JSON.parse(json) as Analysis).summary;
    const saved = options.save ? await options.save(json) : undefined;
    rows.push({
      name: copy.name,
      sourceUrl: got.url ?? null,
      ...(saved ? { id: saved.id, url: saved.url, ...(saved.deleteToken ? { deleteToken: saved.deleteToken } : {}) } : {}),
      spinScore: summary.spinScore,
      verdict: summary.verdict,
      counts: summary.counts,
    });
  }
  return rankWatchRows(rows);
}

async function textOf(copy: WatchCopy, options: WatchOptions): Promise<{ text: string; url?: string } | { error: string }> {
  if (copy.error) return { error: copy.error };
  let text = copy.text ?? "";
  let url: string | undefined;
  if (copy.url) {
    try {
      const article = await fetchArticle(copy.url, options.fetchPolicy);
      text = article.text;
      url = article.url;
    } catch (error) {
      if (error instanceof FetchRefusal) return { error: error.message };
      throw error;
    }
  }
  if (!text.trim()) return { error: "This copy is empty." };
  if (text.length > options.maxChars) {
    return { error: `This copy is too long: the limit is ${options.maxChars.toLocaleString("en-US")} characters.` };
  }
  return url ? { text, url } : { text };
}

/** `map` with at most `limit` calls running at once, results in input order. */
async function mapLimited<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  });
  await Promise.all(runners);
  return results;
}
