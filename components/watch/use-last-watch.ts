"use client";

import { useEffect, useMemo, useSyncExternalStore } from "react";
import { decodeStoredWatch, encodeStoredWatch, STORED_WATCH_KEY } from "@/lib/watch/stored-watch";
import type { WatchRow } from "@/lib/watch/watch-row";
import type { WatchFormState } from "./watch-form-state";

// sessionStorage changes only through this tab's own writes, which come with a fresh state anyway.
const subscribe = () => () => undefined;
const readStored = () => {
  try {
    return window.sessionStorage.getItem(STORED_WATCH_KEY);
  } catch {
    return null; // storage disabled: the table just does not survive a reload
  }
};

/**
 * The rows to show: the watch that just ran, or else the last one this tab ran (kept in
 * sessionStorage, so a reload does not lose the table). Nothing on the server's render.
 */
export function useLastWatch(state: WatchFormState): WatchRow[] | null {
  const stored = useSyncExternalStore(subscribe, readStored, () => null);
  const restored = useMemo(() => decodeStoredWatch(stored), [stored]);
  const fresh = state.status === "done" && state.rows ? state.rows : null;
  useEffect(() => {
    if (!fresh) return;
    try {
      window.sessionStorage.setItem(STORED_WATCH_KEY, encodeStoredWatch(fresh));
    } catch {
      // Full or disabled storage: the table still shows, it only will not survive a reload.
    }
  }, [fresh]);
  return fresh ?? restored;
}
