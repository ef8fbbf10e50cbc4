"use client";

import { useLayoutEffect, useRef, useState } from "react";
import type { Finding } from "@/lib/analysis/browser";
import { KIND_LABELS, SEVERITY_LABELS } from "@/lib/report/labels";
import { KIND_ICONS } from "./kinds";

/** Gap between a highlight and its tooltip, and between the tooltip and the window edge. */
const GAP = 6;

/**
 * The visible explanation of the highlight under the pointer or with focus: kind, severity,
 * message and likely original. One shared element, fixed to the viewport, so rows that
 * skip painting off-screen (content-visibility) never clip it. Screen readers get the same
 * text from each highlight's aria-describedby, so this copy is hidden from them.
 */
export function FindingTooltip({
  finding,
  anchor,
  onPointerEnter,
  onPointerLeave,
}: {
  finding: Finding | null;
  anchor: HTMLElement | null;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null);

  useLayoutEffect(() => {
    if (!finding || !anchor || !box.current) return;
    let frame = 0;
    const place = () => {
      if (!box.current) return;
      const target = anchor.getBoundingClientRect();
      const own = box.current.getBoundingClientRect();
      const below = target.bottom + GAP;
      const top = below + own.height > window.innerHeight - GAP ? Math.max(GAP, target.top - GAP - own.height) : below;
      const left = Math.min(Math.max(GAP, target.left), Math.max(GAP, window.innerWidth - own.width - GAP));
      setPosition({ left, top });
    };
    place();
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(place);
    };
    window.addEventListener("scroll", onScroll, { passive: true, capture: true });
    window.addEventListener("resize", onScroll);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", onScroll, { capture: true });
      window.removeEventListener("resize", onScroll);
    };
  }, [finding, anchor]);

  if (!finding || !anchor) return null;
  return (
    <div
      ref={box}
      aria-hidden="true"
      data-testid="finding-tooltip"
      className="finding-tooltip review-no-print rounded-md border border-line bg-surface px-3 py-2 text-sm text-ink shadow-lg"
      style={position ? { left: position.left, top: position.top } : { left: -9999, top: 0 }}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <p className="flex items-baseline gap-2">
        <span className="kind-swatch rounded px-1 font-semibold" data-kind={finding.kind}>
          <span className="kind-glyph">{KIND_ICONS[finding.kind]}</span>
          {KIND_LABELS[finding.kind]}
        </span>
        <span className="text-xs text-muted">{SEVERITY_LABELS[finding.severity]} severity</span>
      </p>
      <p className="mt-1">{finding.message}</p>
      {finding.suggestion?.trim() && (
        <p className="mt-1">
          Likely original: <em className="font-reading font-semibold">{finding.suggestion}</em>
        </p>
      )}
    </div>
  );
}
