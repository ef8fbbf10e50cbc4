import { describe, expect, it } from "vitest";
import { watchRowsToCsv } from "./watch-csv";
import { rankWatchRows, type WatchRow } from "./watch-row";

const row = (name: string, spinScore: number, verdict = "likely spun"): WatchRow => ({ name, sourceUrl: null, spinScore, verdict, counts: { "number-change": 1, "synonym-swap": 2 } });

describe("rankWatchRows", () => {
  it("puts the most spun copy first, an unrelated article after every copy, failures last", () => {
    const ranked = rankWatchRows([
      { name: "broken", sourceUrl: null, error: "This copy is empty." },
      row("edit", 0.1, "light edit"),
      row("other story", 0.9, "unrelated"),
      row("spun", 0.7),
      row("same", 0, "identical"),
    ]);
    expect(ranked.map((r) => r.name)).toEqual(["spun", "edit", "same", "other story", "broken"]);
  });
});

describe("watchRowsToCsv", () => {
  it("writes one quoted line per row and defuses cells a spreadsheet would run as formulas", () => {
    const csv = watchRowsToCsv([{ ...row('=HYPERLINK("x")', 0.5), url: "http://127.0.0.1/r/abc" }, { name: "a, b", sourceUrl: null, error: "This copy is empty." }]);
    expect(csv.split("\r\n")).toEqual([
      "rank,copy,source_url,spin_score,verdict,fact_changes,findings,review_url,error",
      `1,"'=HYPERLINK(""x"")",,0.50,likely spun,1,3,http://127.0.0.1/r/abc,`,
      '2,"a, b",,,,,,,This copy is empty.',
      "",
    ]);
  });
});
