import { countFactChanges, countFindings, type WatchRow } from "./watch-row";

const HEADER = ["rank", "copy", "source_url", "spin_score", "verdict", "fact_changes", "findings", "review_url", "error"];

/**
 * A watch's rows as CSV (RFC 4180: quoted where needed, CRLF line ends), the columns of
 * the watch table. A cell that a spreadsheet would run as a formula (starting with
 * = + - @, tab or CR) is prefixed with an apostrophe: copy names and page titles come
 * from strangers.
 */
export function watchRowsToCsv(rows: WatchRow[]): string {
  const lines = [HEADER];
  rows.forEach((row, index) => {
    lines.push([
      String(index + 1),
      row.name,
      row.sourceUrl ?? "",
      row.spinScore === undefined ? "" : row.spinScore.toFixed(2),
      row.verdict ?? "",
      row.error ? "" : String(countFactChanges(row.counts)),
      row.error ? "" : String(countFindings(row.counts)),
      row.url ?? "",
      row.error ?? "",
    ]);
  });
  return lines.map((cells) => cells.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
