import type { Kind } from "@/lib/analysis/types";

/**
 * The second cue beside colour: a glyph per kind, shown before each highlight, in the
 * legend and in the findings list, so kinds stay apart in greyscale and for colour-blind
 * readers. Colours and underline styles live in review.css (data-kind selectors).
 */
export const KIND_ICONS: Record<Kind, string> = {
  "entity-change": "◆",
  "number-change": "#",
  "quote-change": "❝",
  "negation-change": "¬",
  "garbled-phrase": "≈",
  "synonym-swap": "~",
  unsupported: "+",
  omitted: "−",
};
