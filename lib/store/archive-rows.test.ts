import { describe, expect, it } from "vitest";
import { COMMON_TERM_ARTICLES, planMatches, PROBE_TERMS, type CountUpTo } from "./archive-rows";

/** A backend whose term counts come from a table; unknown terms are held by one article. */
const countsFrom = (table: Record<string, number>, probes: string[][] = []): CountUpTo => async (terms, cap) => {
  probes.push([...terms]);
  return new Map(terms.map((t) => [t, Math.min(cap, table[t] ?? 1)]));
};

describe("planning an archive match", () => {
  it("pairs the informative terms, leaving out those no article holds and those too many hold", async () => {
    const { tiers, rank } = await planMatches(["nhalverson", "wcommon", "wabsent", "n1200", "wtarpaulin"], countsFrom({ wcommon: COMMON_TERM_ARTICLES, wabsent: 0 }));
    expect(tiers[0]).toEqual([["nhalverson", "n1200"], ["nhalverson", "wtarpaulin"], ["n1200", "wtarpaulin"]]);
    expect(tiers[1]).toEqual([["nhalverson"], ["n1200"], ["wtarpaulin"]]);
    expect(rank).toEqual(["nhalverson", "wcommon", "n1200", "wtarpaulin"]);
  });

  it("falls back to one informative term alone, then to the common terms", async () => {
    const { tiers } = await planMatches(["wcommon", "wrare", "wusual"], countsFrom({ wcommon: 9999, wusual: 9999 }));
    expect(tiers[0]).toEqual([["wrare"]]);
    expect(tiers[1]).toEqual([["wcommon", "wrare"], ["wcommon", "wusual"], ["wrare", "wusual"]]);
  });

  it("probes further terms only while it lacks informative ones", async () => {
    const terms = Array.from({ length: 48 }, (_, i) => `w${i}`);
    const common = Object.fromEntries(terms.slice(0, PROBE_TERMS).map((t) => [t, 9999]));
    const probes: string[][] = [];
    const { tiers } = await planMatches(terms, countsFrom(common, probes));
    expect(probes.map((p) => p.length)).toEqual([PROBE_TERMS, PROBE_TERMS]);
    expect(tiers[0]![0]).toEqual([`w${PROBE_TERMS}`, `w${PROBE_TERMS + 1}`]);
    const once: string[][] = [];
    await planMatches(terms, countsFrom({}, once));
    expect(once).toHaveLength(1);
  });

  it("plans nothing when no article holds any of the terms", async () => {
    expect((await planMatches(["wzyxqv"], countsFrom({ wzyxqv: 0 }))).tiers).toEqual([]);
  });
});
