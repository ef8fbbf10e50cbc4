"use client";

import { memo, useEffect, useMemo, useRef, type RefObject } from "react";
import { KIND_LABELS } from "@/lib/report/labels";
import { bucketTicks, type MinimapTick } from "./minimap-ticks";

export type { MinimapTick } from "./minimap-ticks";

type Band = { top: number; height: number };

/** The part of `element` inside the viewport, as fractions of its height. */
function visibleBand(element: HTMLElement): Band {
  const rect = element.getBoundingClientRect();
  if (rect.height <= 0) return { top: 0, height: 1 };
  const top = Math.min(1, Math.max(0, -rect.top / rect.height));
  const bottom = Math.min(1, Math.max(0, (window.innerHeight - rect.top) / rect.height));
  return { top, height: Math.max(0.01, bottom - top) };
}

/**
 * A strip along the document with one tick per shown finding, coloured by kind, and a band
 * for the part on screen: a reader sees at a glance whether the damage is everywhere or in
 * one paragraph. Clicking a tick goes to that finding, clicking elsewhere goes to that
 * place. It is a mouse shortcut only (hidden from assistive technology): the findings list
 * and the j/k keys reach the same places.
 */
export const Minimap = memo(function Minimap({
  ticks,
  documentRef,
  onSelect,
}: {
  ticks: MinimapTick[];
  documentRef: RefObject<HTMLElement | null>;
  onSelect: (finding: number) => void;
}) {
  const bandElement = useRef<HTMLDivElement>(null);
  const shown = useMemo(() => bucketTicks(ticks), [ticks]);
  // The band follows every scroll frame, so it is moved directly rather than re-rendered.
  useEffect(() => {
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const band = bandElement.current;
        if (!documentRef.current || !band) return;
        // As tall as the document when it is shorter than the screen: a short text gets a short strip.
        const strip = band.parentElement;
        if (strip) strip.style.height = `${Math.min(documentRef.current.offsetHeight, window.innerHeight - 24)}px`;
        const { top, height } = visibleBand(documentRef.current);
        band.style.top = `${top * 100}%`;
        band.style.height = `${height * 100}%`;
      });
    };
    update();
    window.addEventListener("scroll", update, { passive: true });
    window.addEventListener("resize", update);
    const resized = new ResizeObserver(update);
    if (documentRef.current) resized.observe(documentRef.current);
    return () => {
      resized.disconnect();
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", update);
      window.removeEventListener("resize", update);
    };
  }, [documentRef]);

  function jumpTo(event: React.MouseEvent<HTMLDivElement>) {
    const target = documentRef.current;
    if (!target) return;
    const strip = event.currentTarget.getBoundingClientRect();
    const fraction = (event.clientY - strip.top) / strip.height;
    const rect = target.getBoundingClientRect();
    window.scrollTo({ top: window.scrollY + rect.top + fraction * rect.height - window.innerHeight / 2 });
  }

  return (
    <div aria-hidden="true" data-testid="minimap" className="relative h-[calc(100vh-1.5rem)] w-3 cursor-pointer rounded bg-sunken ring-1 ring-line-soft" onClick={jumpTo}>
      <div ref={bandElement} className="pointer-events-none absolute inset-x-0 rounded border border-line bg-line-soft/60" />
      {shown.map((tick) => (
        <div
          key={tick.finding}
          data-kind={tick.kind}
          title={`${KIND_LABELS[tick.kind]}: go to this finding`}
          className="absolute -inset-x-0.5 h-1.5 rounded-sm"
          style={{ top: `calc(${tick.at * 100}% - 3px)`, background: "var(--hue)" }}
          onClick={(event) => {
            event.stopPropagation();
            onSelect(tick.finding);
          }}
        />
      ))}
    </div>
  );
});
