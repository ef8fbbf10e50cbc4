"use server";

import { cookies, headers } from "next/headers";
import { runAnalysisToJson } from "@/lib/analysis-runner/run-analysis";
import { clientKeyFrom } from "@/lib/client-address";
import { getConfig } from "@/lib/config";
import { createOwnerKey, OWNER_COOKIE, ownerKeyFrom } from "@/lib/delete-cookie";
import { fetchArticle, FetchRefusal, isLink } from "@/lib/fetch/fetch-article";
import { readInputFile } from "@/lib/input/read-file";
import { checkRateLimit } from "@/lib/rate-limit";
import { getStore } from "@/lib/store";
import { runWatch, type WatchCopy } from "@/lib/watch/run-watch";
import { MAX_WATCH_COPIES } from "@/lib/watch/watch-request";
import type { WatchFormState } from "@/components/watch/watch-form-state";
import { rateLimitMessage, UNEXPECTED_FAILURE_MESSAGE } from "@/components/home/analyze-messages";

/** Browsers cap cookie lifetimes at 400 days. */
const MAX_COOKIE_SECONDS = 400 * 24 * 60 * 60;

/**
 * The watch page's action: one original (text, or a link to fetch) against the copies in
 * the form: chosen files ("files"), pasted texts ("pasted", one field each) and links
 * ("links", one a line). Each copy is analysed and stored like a home-page analysis (this
 * browser's owner key may delete it) and the rows come back ranked by spin score.
 */
export async function watchAction(_previous: WatchFormState, formData: FormData): Promise<WatchFormState> {
  try {
    const config = getConfig();
    const originalField = String(formData.get("original") ?? "");
    if (!originalField.trim()) return { status: "invalid", error: "Paste or open the original article: every copy is compared with it." };

    const copies: WatchCopy[] = [];
    for (const entry of formData.getAll("files")) {
      // An empty file input still sends one nameless empty file (named "undefined" once it crossed the action).
      if (typeof entry === "string" || (entry.size === 0 && (!entry.name || entry.name === "undefined"))) continue;
      const read = await readInputFile(entry);
      copies.push(read.ok ? { name: entry.name, text: read.text } : { name: entry.name, error: read.message });
    }
    formData.getAll("pasted").forEach((entry, index) => {
      if (typeof entry === "string" && entry.trim()) copies.push({ name: `Pasted copy ${index + 1}`, text: entry });
    });
    for (const line of String(formData.get("links") ?? "").split(/\r?\n/)) {
      if (line.trim()) copies.push(isLink(line) ? { name: line.trim(), url: line.trim() } : { name: line.trim(), error: "This line is not a link: write one http(s) address a line." });
    }
    if (copies.length === 0) return { status: "invalid", error: "Add the copies to compare: open files, paste texts or list links." };
    if (copies.length > MAX_WATCH_COPIES) return { status: "invalid", error: `A watch compares at most ${MAX_WATCH_COPIES} copies at once: you gave ${copies.length}.` };

    let original = originalField;
    let originalUrl: string | undefined;
    if (isLink(originalField)) {
      try {
        const article = await fetchArticle(originalField);
        original = article.text;
        originalUrl = article.url;
      } catch (error) {
        if (error instanceof FetchRefusal) return { status: "invalid", error: `The original link could not be used. ${error.message}` };
        throw error;
      }
    }
    if (original.length > config.maxChars) {
      return { status: "invalid", error: `The original is too long: the limit is ${config.maxChars.toLocaleString("en-US")} characters.` };
    }

    const requestHeaders = await headers();
    const clientKey = clientKeyFrom(requestHeaders, config);
    for (let i = 0; i < copies.length; i++) {
      const limit = checkRateLimit(clientKey);
      if (!limit.allowed) return { status: "failed", error: rateLimitMessage(limit.retryAfterSeconds) };
    }

    const store = await getStore();
    const cookieStore = await cookies();
    const ownerKey = ownerKeyFrom(cookieStore.get(OWNER_COOKIE)?.value) ?? createOwnerKey();
    const rows = await runWatch({
      original,
      ...(originalUrl ? { originalUrl } : {}),
      copies,
      maxChars: config.maxChars,
      analyze: runAnalysisToJson,
      save: async (json) => {
        const saved = await store.saveJson(json, undefined, ownerKey);
        return { id: saved.id, url: `/r/${encodeURIComponent(saved.id)}` };
      },
    });
    cookieStore.set(OWNER_COOKIE, ownerKey, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: (config.baseUrl ?? requestHeaders.get("origin") ?? "").startsWith("https:"),
      maxAge: MAX_COOKIE_SECONDS,
    });
    return { status: "done", rows };
  } catch (error) {
    console.error("watchAction failed:", error);
    return { status: "failed", error: UNEXPECTED_FAILURE_MESSAGE.replace("the analysis did not finish", "the watch did not finish") };
  }
}
