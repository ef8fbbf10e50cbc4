import { describe, expect, it } from "vitest";
import { foldUnchanged } from "./collapse";
import type { Row } from "./rows";

const pair = (n: number): Row => ({ type: "pair", key: `p${n}`, original: [n], suspect: [n], similarity: 1, moved: false });

describe("foldUnchanged", () => {
  const rows = [0, 1, 2, 3, 4].map(pair);
  const changed = [false, false, true, false, false];

  it("folds runs of unchanged rows and keeps changed ones visible", () => {
    expect(foldUnchanged(rows, changed, [[], [], [], [], []])).toEqual([
      { type: "folded", key: "p0", rows: [0, 1] },
      { type: "rows", rows: [2] },
      { type: "folded", key: "p3", rows: [3, 4] },
    ]);
  });

  it("never folds a row that holds a finding, but folds a lone unchanged row", () => {
    expect(foldUnchanged(rows, changed, [[], [7], [], [], []])).toEqual([
      { type: "folded", key: "p0", rows: [0] },
      { type: "rows", rows: [1, 2] },
      { type: "folded", key: "p3", rows: [3, 4] },
    ]);
  });

  it("shows every row when collapsing is off", () => {
    expect(foldUnchanged(rows, null, [[], [], [], [], []])).toEqual([{ type: "rows", rows: [0, 1, 2, 3, 4] }]);
  });
});
