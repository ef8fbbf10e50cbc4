"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { isAnalysisStopped } from "@/lib/analysis-runner/errors";
import { runAnalysis } from "@/lib/analysis-runner/run-analysis";
import { clientKeyFrom } from "@/lib/client-address";
import { getConfig } from "@/lib/config";
import { createOwnerKey, OWNER_COOKIE, ownerKeyFrom } from "@/lib/delete-cookie";
import { sourceUrlsFromForm, UNFETCHED_LINK_MESSAGE } from "@/lib/fetch/form-sources";
import { isLink } from "@/lib/fetch/is-link";
import { withSourceUrls } from "@/lib/fetch/resolve-links";
import { checkRateLimit } from "@/lib/rate-limit";
import { hangUpSignalOf } from "@/lib/request-signal";
import { getStore } from "@/lib/store";
import { analysisRequestSchema } from "@/lib/validation";
import { analyseWithArchive } from "@/app/archive/analyse-with-archive";
import type { AnalyzeFormState } from "@/components/home/analyze-form-state";
import { fieldErrorsFrom, rateLimitMessage, UNEXPECTED_FAILURE_MESSAGE } from "@/components/home/analyze-messages";

const CANCELLED_MESSAGE = "The request was cancelled: nothing was stored.";

/** Browsers cap cookie lifetimes at 400 days. */
const MAX_COOKIE_SECONDS = 400 * 24 * 60 * 60;

/**
 * The home form's action (for useActionState). Validates with the shared schema, counts
 * the request against the rate limit, analyses, then either stores the result, sets the
 * browser's owner-key cookie (lib/delete-cookie.ts) and redirects to /r/{id}, or, with "Don't store" ticked,
 * returns the analysis in the state and keeps nothing. Every error answer echoes the
 * submitted text in `values` so the form never loses input.
 */
export async function analyzeAction(_previous: AnalyzeFormState, formData: FormData): Promise<AnalyzeFormState> {
  // A form posts a textarea's line breaks as CRLF; the field (and its live count) holds LF.
  // Normalised first, so the limit, the echoed values and the analysed text all match the field.
  const original = withUnixLineBreaks(formData.get("original"));
  const suspect = withUnixLineBreaks(formData.get("suspect"));
  const values = {
    original: typeof original === "string" ? original : "",
    suspect: typeof suspect === "string" ? suspect : "",
    dontStore: formData.get("dontStore") === "on",
  };

  let resultPath: string;
  try {
    const config = getConfig();
    const parsed = analysisRequestSchema(config.maxChars).safeParse({ original, suspect });
    if (!parsed.success) {
      return { status: "invalid", fieldErrors: fieldErrorsFrom(parsed.error), values };
    }
    // A lone link is fetched and previewed first (LinkPreview), never analysed as text.
    if (isLink(values.original) || isLink(values.suspect)) {
      const fieldErrors = { ...(isLink(values.original) ? { original: UNFETCHED_LINK_MESSAGE } : {}), ...(isLink(values.suspect) ? { suspect: UNFETCHED_LINK_MESSAGE } : {}) };
      return { status: "invalid", fieldErrors, values };
    }
    const sourceUrls = sourceUrlsFromForm(formData);

    const requestHeaders = await headers();
    const hangUp = hangUpSignalOf(requestHeaders);
    const limit = checkRateLimit(clientKeyFrom(requestHeaders, config));
    if (!limit.allowed) {
      return { status: "failed", formError: rateLimitMessage(limit.retryAfterSeconds), values };
    }

    if (values.dontStore) return { status: "done", analysis: { ...sourceUrls, ...(await runAnalysis(parsed.data)) }, values };

    const store = await getStore();
    const cookieStore = await cookies();
    const ownerKey = ownerKeyFrom(cookieStore.get(OWNER_COOKIE)?.value) ?? createOwnerKey();
    const analysis = await analyseWithArchive(parsed.data, { signal: hangUp });
    // A browser that left while the analysis ran gets nothing stored.
    if (hangUp?.aborted) return { status: "failed", formError: CANCELLED_MESSAGE, values };
    const saved = await store.saveJson(withSourceUrls(analysis, sourceUrls), undefined, ownerKey);
    // Set on every create, so the key outlives the browser's 400-day cap while it is used.
    cookieStore.set(OWNER_COOKIE, ownerKey, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: isHttps(requestHeaders, config.baseUrl),
      maxAge: MAX_COOKIE_SECONDS,
    });
    resultPath = `/r/${encodeURIComponent(saved.id)}`;
  } catch (error) {
    // The browser is gone: nobody reads an answer, and nothing was stored.
    if (isAnalysisStopped(error) && error.reason === "abandoned") return { status: "failed", formError: CANCELLED_MESSAGE, values };
    if (isAnalysisStopped(error)) {
      const advice = error.reason === "timeout" ? "Try shorter texts, or split the article." : "";
      return { status: "failed", formError: `${error.message} ${advice}`.trim(), values };
    }
    console.error("analyzeAction failed:", error);
    return { status: "failed", formError: UNEXPECTED_FAILURE_MESSAGE, values };
  }
  // Outside the try block: redirect() works by throwing, which the catch above would swallow.
  redirect(resultPath);
}

function withUnixLineBreaks(value: FormDataEntryValue | null): FormDataEntryValue | null {
  return typeof value === "string" ? value.replace(/\r\n?/g, "\n") : value;
}

/** Secure cookies only over HTTPS, or a browser on plain http://localhost would drop them. */
function isHttps(requestHeaders: Headers, baseUrl: string | null): boolean {
  if (baseUrl) return baseUrl.startsWith("https:");
  const forwarded = requestHeaders.get("x-forwarded-proto")?.split(",")[0]?.trim();
  if (forwarded) return forwarded === "https";
  return requestHeaders.get("origin")?.startsWith("https:") ?? false;
}
