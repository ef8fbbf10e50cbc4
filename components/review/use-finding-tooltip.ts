"use client";

import { useCallback, useEffect, useRef, useState, type FocusEvent, type MouseEvent } from "react";

/** The highlight whose explanation is showing, and the element it is anchored to. */
export type TipState = { finding: number; anchor: HTMLElement } | null;

/**
 * Grace period before a tooltip hides once the pointer leaves its highlight, so the pointer
 * can travel onto the tooltip (WCAG 1.4.13: content on hover stays hoverable).
 */
const HIDE_DELAY_MS = 200;

const markFrom = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>("mark[data-finding]") : null);

/**
 * Hover and focus on any finding highlight inside the returned handlers' element show its
 * explanation and light up its counterpart in the original (`is-active`). Delegated: one
 * set of listeners for the whole review instead of one per highlight.
 */
export function useFindingTooltip(onFocusFinding: (finding: number) => void) {
  const [tip, setTip] = useState<TipState>(null);
  const hideTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const show = useCallback((element: HTMLElement) => {
    clearTimeout(hideTimer.current);
    const finding = Number(element.dataset.finding);
    if (!Number.isInteger(finding)) return;
    setTip((previous) => (previous?.anchor === element ? previous : { finding, anchor: element }));
  }, []);
  const hideSoon = useCallback(() => {
    clearTimeout(hideTimer.current);
    hideTimer.current = setTimeout(() => setTip(null), HIDE_DELAY_MS);
  }, []);
  const keep = useCallback(() => clearTimeout(hideTimer.current), []);
  const hide = useCallback(() => setTip(null), []);

  useEffect(() => () => clearTimeout(hideTimer.current), []);
  useEffect(() => {
    if (!tip) return;
    const lit = [tip.anchor, ...document.querySelectorAll<HTMLElement>(`[data-counterpart="${tip.finding}"]`)];
    lit.forEach((element) => element.classList.add("is-active"));
    return () => lit.forEach((element) => element.classList.remove("is-active"));
  }, [tip]);

  const handlers = {
    onMouseOver: (event: MouseEvent) => {
      const mark = markFrom(event.target);
      if (mark) show(mark);
    },
    onMouseOut: (event: MouseEvent) => {
      const mark = markFrom(event.target);
      if (mark && markFrom(event.relatedTarget) !== mark) hideSoon();
    },
    onFocus: (event: FocusEvent) => {
      const mark = markFrom(event.target);
      if (!mark) return;
      show(mark);
      onFocusFinding(Number(mark.dataset.finding));
    },
    onBlur: (event: FocusEvent) => {
      if (markFrom(event.target)) hideSoon();
    },
  };
  return { tip, handlers, keep, hideSoon, hide };
}
