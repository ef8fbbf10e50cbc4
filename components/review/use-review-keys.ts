"use client";

import { useEffect, useRef } from "react";

export type ReviewKeyHandlers = {
  onNext: () => void;
  onPrevious: () => void;
  onHelp: () => void;
  onEscape: () => void;
};

/** True when a key press belongs to a text field or a control that uses letters itself. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  return tag === "INPUT" && !["checkbox", "radio", "button", "submit"].includes((target as HTMLInputElement).type);
}

/**
 * The review's single-key shortcuts: j/n next finding, k/p previous, ? the shortcuts
 * dialog, Esc hides a finding's explanation. Ignored while typing, with modifier keys held
 * (so browser shortcuts keep working), and while a modal dialog is open.
 */
export function useReviewKeys(handlers: ReviewKeyHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === "Escape") {
        latest.current.onEscape();
        return;
      }
      if (isTyping(event.target) || document.querySelector("dialog[open]")) return;
      const key = event.key;
      if (key === "j" || key === "n") latest.current.onNext();
      else if (key === "k" || key === "p") latest.current.onPrevious();
      else if (key === "?") latest.current.onHelp();
      else return;
      event.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
}
