"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { deleteCookieName } from "@/lib/delete-cookie";
import { getStore } from "@/lib/store";

/** What the delete form shows when deleting did not happen. */
export type DeleteResultState = { error: string | null };

/** Result ids are short URL-safe strings; anything else cannot be one of ours. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Deletes a result for its creator (for useActionState; `id` is bound by the review).
 * The delete token never reaches the page: it is read here from the creator's httpOnly
 * cookie. On success (or when the result is already gone) the cookie is cleared and the
 * browser lands on /r/deleted; a missing or wrong token gets a message instead.
 */
export async function deleteResultAction(id: string, _previous: DeleteResultState, _form: FormData): Promise<DeleteResultState> {
  if (typeof id !== "string" || !ID_PATTERN.test(id)) return { error: "This is not a valid result link." };
  const cookieStore = await cookies();
  const name = deleteCookieName(id);
  const token = cookieStore.get(name)?.value;
  if (!token) {
    return { error: "This browser no longer holds the key to delete this result (cookies may have been cleared)." };
  }
  try {
    const store = await getStore();
    const outcome = await store.delete(id, token);
    if (outcome === "forbidden") {
      return { error: "The delete key kept in this browser does not match this result, so it was not deleted." };
    }
  } catch (error) {
    console.error("deleteResultAction failed:", error);
    return { error: "Something went wrong on our side and the result was not deleted. Try again in a moment." };
  }
  cookieStore.delete({ name, path: "/" });
  // Outside the try block: redirect() works by throwing.
  redirect("/r/deleted");
}
