"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { runAnalysisToJson } from "@/lib/analysis-runner/run-analysis";
import { ARCHIVE_COOKIE, tokenMatches } from "@/lib/archive/access";
import { withArchiveSource } from "@/lib/archive/archive-source";
import { createOwnerKey, OWNER_COOKIE, ownerKeyFrom } from "@/lib/delete-cookie";
import { getStore } from "@/lib/store";
import { getArchiveStore } from "@/lib/store/archive-index";

/** Cookies older than this ask for the token again. */
const TOKEN_COOKIE_SECONDS = 30 * 24 * 60 * 60;

const secure = async () => (await headers()).get("x-forwarded-proto") === "https" || (process.env.UNSPUN_BASE_URL ?? "").startsWith("https:");

/** The Archive page's token form: a right token goes in an httpOnly cookie; a wrong one says so. */
export async function unlockArchiveAction(formData: FormData): Promise<void> {
  const token = String(formData.get("token") ?? "").trim();
  if (!tokenMatches(token)) redirect("/archive?token=wrong");
  (await cookies()).set(ARCHIVE_COOKIE, token, { httpOnly: true, sameSite: "strict", path: "/", secure: await secure(), maxAge: TOKEN_COOKIE_SECONDS });
  redirect("/archive");
}

/** Forgets the token in this browser. */
export async function lockArchiveAction(): Promise<void> {
  (await cookies()).delete(ARCHIVE_COOKIE);
  redirect("/archive");
}

async function requireToken(): Promise<void> {
  if (!tokenMatches((await cookies()).get(ARCHIVE_COOKIE)?.value)) redirect("/archive");
}

/** Deletes one archive article (the list's Delete button). */
export async function deleteArchiveArticleAction(formData: FormData): Promise<void> {
  await requireToken();
  await (await getArchiveStore()).delete(String(formData.get("id") ?? ""));
  redirect("/archive?deleted=1");
}

/**
 * "Compare with this": analyses the stored suspect of result `resultId` against archive
 * article `articleId`, stores the side-by-side (noting which archive article it used) and
 * opens it.
 */
export async function compareWithArchiveAction(formData: FormData): Promise<void> {
  await requireToken();
  const resultId = String(formData.get("resultId") ?? "");
  const articleId = String(formData.get("articleId") ?? "");
  const score = Number(formData.get("score") ?? 0);
  const [stored, article] = await Promise.all([(await getStore()).get(resultId), (await getArchiveStore()).get(articleId)]);
  if (!stored || !article) redirect(`/r/${encodeURIComponent(resultId)}?compare=missing`);
  const json = await runAnalysisToJson({ original: article.text, suspect: stored.analysis.suspect.text });
  const cookieStore = await cookies();
  const ownerKey = ownerKeyFrom(cookieStore.get(OWNER_COOKIE)?.value) ?? createOwnerKey();
  const saved = await (await getStore()).saveJson(withArchiveSource(json, article, score, "chosen"), undefined, ownerKey);
  cookieStore.set(OWNER_COOKIE, ownerKey, { httpOnly: true, sameSite: "lax", path: "/", secure: await secure(), maxAge: 400 * 24 * 60 * 60 });
  redirect(`/r/${encodeURIComponent(saved.id)}`);
}
