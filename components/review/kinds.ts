import type { Kind } from "@/lib/analysis/browser";

/**
 * The second cue beside colour: a glyph per kind, shown before each highlight, in the
 * legend and in the findings list, so kinds stay apart in greyscale and for colour-blind
 * readers. Colours, underline styles and the same glyphs as --glyph (for highlights, where
 * generated content keeps them out of the copied text) live in review.css; kinds.test.ts
 * checks that the two lists agree.
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
