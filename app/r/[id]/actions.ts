"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { legacyDeleteCookieName, OWNER_COOKIE, ownerKeyFrom } from "@/lib/delete-cookie";
import { getStore } from "@/lib/store";

/** What the delete form shows when deleting did not happen. */
export type DeleteResultState = { error: string | null };

/** Result ids are short URL-safe strings; anything else cannot be one of ours. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Deletes a result for its creator (for useActionState; `id` is bound by the review).
 * No secret ever reaches the page: the proof is read here from the browser's httpOnly
 * cookies, its owner key (or, for a result from before owner keys, that result's own
 * delete-token cookie). On success (or when the result is already gone) the browser lands
 * on /r/deleted; a missing or wrong key gets a message instead.
 */
export async function deleteResultAction(id: string, _previous: DeleteResultState, _form: FormData): Promise<DeleteResultState> {
  if (typeof id !== "string" || !ID_PATTERN.test(id)) return { error: "This is not a valid result link." };
  const cookieStore = await cookies();
  const legacyCookie = legacyDeleteCookieName(id);
  const legacyToken = cookieStore.get(legacyCookie)?.value;
  const ownerKey = ownerKeyFrom(cookieStore.get(OWNER_COOKIE)?.value);
  if (!legacyToken && !ownerKey) {
    return { error: "This browser no longer holds the key to delete this result (cookies may have been cleared)." };
  }
  try {
    const store = await getStore();
    const outcome = legacyToken ? await store.delete(id, legacyToken) : await store.deleteAsOwner(id, ownerKey!);
    if (outcome === "forbidden") {
      return { error: "The delete key kept in this browser does not match this result, so it was not deleted." };
    }
  } catch (error) {
    console.error("deleteResultAction failed:", error);
    return { error: "Something went wrong on our side and the result was not deleted. Try again in a moment." };
  }
  if (legacyToken) cookieStore.delete({ name: legacyCookie, path: "/" });
  // Outside the try block: redirect() works by throwing.
  redirect("/r/deleted");
}
