"use client";

import { useActionState, useState } from "react";
import { deleteResultAction, type DeleteResultState } from "@/app/r/[id]/actions";

/**
 * Delete, for the creator only: a first click asks to confirm (with Cancel), the second
 * runs the server action, which reads the delete token from the httpOnly cookie.
 */
export function DeleteResult({ id }: { id: string }) {
  const [confirming, setConfirming] = useState(false);
  const [state, action, pending] = useActionState<DeleteResultState, FormData>(deleteResultAction.bind(null, id), {
    error: null,
  });

  if (!confirming) {
    return (
      <button
        type="button"
        onClick={() => setConfirming(true)}
        className="rounded border border-danger px-3 py-1.5 text-sm font-semibold text-danger hover:bg-danger-soft"
      >
        Delete…
      </button>
    );
  }
  return (
    <form action={action} className="flex flex-wrap items-center gap-2 rounded border border-danger bg-danger-soft px-3 py-2">
      <p className="text-sm" id="delete-confirm-text">
        Delete this result for everyone? The link will stop working and both texts are erased.
      </p>
      <button
        type="submit"
        disabled={pending}
        aria-describedby="delete-confirm-text"
        className="rounded bg-danger px-3 py-1.5 text-sm font-semibold text-surface disabled:opacity-60"
      >
        {pending ? "Deleting…" : "Delete permanently"}
      </button>
      <button
        type="button"
        onClick={() => setConfirming(false)}
        className="rounded border border-line bg-surface px-3 py-1.5 text-sm"
        autoFocus
      >
        Cancel
      </button>
      {state.error && (
        <p role="alert" aria-label="Delete failed" className="w-full text-sm font-semibold text-danger">
          {state.error}
        </p>
      )}
    </form>
  );
}
