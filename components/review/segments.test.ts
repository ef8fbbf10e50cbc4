import { describe, expect, it } from "vitest";
import { resolveOverlaps, segmentSentence, type FindingMark } from "./segments";

const text = "The detective agency said 15 people died.";
//            0   4         14     21   26 29

describe("segmentSentence", () => {
  it("wraps a finding around the changed words inside it", () => {
    const segments = segmentSentence(
      { start: 0, end: text.length },
      [{ start: 4, end: 13, change: "added" }],
      [{ start: 4, end: 20, finding: 0, severity: "medium" }],
    );
    const read = segments.map((segment) => ({
      finding: segment.finding,
      pieces: segment.pieces.map((piece) => [text.slice(piece.start, piece.end), piece.change]),
    }));
    expect(read).toEqual([
      { finding: null, pieces: [["The ", null]] },
      { finding: 0, pieces: [["detective", "added"], [" agency", null]] },
      { finding: null, pieces: [[" said 15 people died.", null]] },
    ]);
  });

  it("clips marks to the sentence and keeps the text whole", () => {
    const segments = segmentSentence({ start: 4, end: 20 }, [{ start: 0, end: 30, change: "added" }], []);
    expect(segments).toEqual([{ finding: null, pieces: [{ start: 4, end: 20, change: "added" }] }]);
  });
});

describe("resolveOverlaps", () => {
  it("lets the more severe finding keep its span and trims the other", () => {
    const marks: FindingMark[] = [
      { start: 4, end: 28, finding: 0, severity: "low" },
      { start: 26, end: 28, finding: 1, severity: "high" },
    ];
    expect(resolveOverlaps(marks)).toEqual([
      { start: 4, end: 26, finding: 0, severity: "low" },
      { start: 26, end: 28, finding: 1, severity: "high" },
    ]);
  });

  it("shows a finding wholly inside another, and the one around it on either side", () => {
    const marks: FindingMark[] = [
      { start: 4, end: 28, finding: 0, severity: "high" },
      { start: 14, end: 20, finding: 1, severity: "medium" },
    ];
    expect(resolveOverlaps(marks)).toEqual([
      { start: 4, end: 14, finding: 0, severity: "high" },
      { start: 14, end: 20, finding: 1, severity: "medium" },
      { start: 20, end: 28, finding: 0, severity: "high" },
    ]);
  });
});
