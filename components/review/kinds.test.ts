import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FINDING_KINDS } from "@/lib/analysis/browser";
import { KIND_ICONS } from "./kinds";

describe("kind glyphs", () => {
  const css = readFileSync(new URL("./review.css", import.meta.url), "utf8");

  it("gives every kind its own glyph", () => {
    expect(new Set(FINDING_KINDS.map((kind) => KIND_ICONS[kind])).size).toBe(FINDING_KINDS.length);
  });

  it("uses the same glyph in review.css as in the legend and list", () => {
    for (const kind of FINDING_KINDS) {
      const rule = css.match(new RegExp(`\\[data-kind="${kind}"\\] \\{[^}]*--glyph: "([^"]+)"`));
      expect(rule?.[1], kind).toBe(KIND_ICONS[kind]);
    }
  });
});
