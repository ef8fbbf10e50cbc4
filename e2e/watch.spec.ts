import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { saveScreenshot, SCREENSHOT_DIR } from "./support/screenshots";

/** Real multi-paragraph articles from the eval corpus: one topic's versions and an unrelated story. */
const corpus = (topic: string, file: string) => readFileSync(path.join("eval", "corpus", topic, `${file}.txt`), "utf8");
const TOPIC = "crime-bank-fraud";
const ORIGINAL = corpus(TOPIC, "original");
const SPUN = corpus(TOPIC, "spun");
const EDIT = corpus(TOPIC, "edit");
const UNRELATED = corpus("science-reef-bleaching", "original");
/** A copy that keeps only the second half of the spun story (a partial lift). */
const HALF_SPUN = SPUN.split(/\n\s*\n/).slice(Math.ceil(SPUN.split(/\n\s*\n/).length / 2)).join("\n\n");

const asFile = (name: string, text: string) => ({ name, mimeType: "text/plain", buffer: Buffer.from(text) });

test("an editor watches five copies of one story, ranked by spin score, and opens the worst", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/");
  await page.getByRole("navigation", { name: "Tools" }).getByRole("link", { name: "Watch many copies" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Watch many copies of one article");

  await page.getByRole("textbox", { name: "Original", exact: true }).fill(ORIGINAL);
  await page.getByLabel("Copy files").setInputFiles([asFile("wire-rewrite.txt", SPUN), asFile("light-edit.txt", EDIT), asFile("verbatim.txt", ORIGINAL)]);
  await page.getByRole("textbox", { name: "Pasted copy 1" }).fill(UNRELATED);
  await page.getByRole("button", { name: "Add a pasted copy" }).click();
  await page.getByRole("textbox", { name: "Pasted copy 2" }).fill(HALF_SPUN);
  await page.getByRole("button", { name: "Compare all copies" }).click();

  const results = page.getByRole("region", { name: /5 of 5 copies compared/ });
  await expect(results).toBeVisible({ timeout: 45_000 });
  const rows = results.getByRole("row");
  await expect(rows).toHaveCount(6); // header and five copies
  const names = await results.getByRole("rowheader").allTextContents();
  expect(names).toHaveLength(5);

  // The full spun rewrite ranks first; the verbatim copy scores exactly 0.
  expect(names[0]).toBe("wire-rewrite.txt");
  await expect(rows.nth(1)).toContainText(/likely spun/i);
  const verbatim = rows.filter({ has: page.getByRole("rowheader", { name: "verbatim.txt" }) });
  await expect(verbatim).toContainText("0.00");
  // Copies ranked by spin score; an unrelated article comes last whatever its score.
  const scores = await results.locator("tbody tr td:nth-child(3)").allTextContents();
  const verdicts = await results.locator("tbody tr td:nth-child(4)").allTextContents();
  const related = scores.map((text) => Number(text.trim())).filter((_, i) => !/unrelated/i.test(verdicts[i] ?? ""));
  expect([...related].sort((a, b) => b - a)).toEqual(related);
  expect(verdicts.findIndex((v) => /unrelated/i.test(v))).toBe(verdicts.length - 1);
  expect(names.indexOf("light-edit.txt")).toBeLessThan(names.indexOf("verbatim.txt"));
  expect(names.indexOf("light-edit.txt")).toBeGreaterThan(0);

  await saveScreenshot(page, "watch");
  await results.screenshot({ path: path.join(SCREENSHOT_DIR, "watch-table.png") });

  // The CSV holds the same ranking.
  const downloading = page.waitForEvent("download");
  await results.getByRole("button", { name: "Download CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("unspun-watch.csv");
  const csv = readFileSync(await download.path(), "utf8").trimEnd().split("\r\n");
  expect(csv[0]).toBe("rank,copy,source_url,spin_score,verdict,fact_changes,findings,review_url,error");
  expect(csv.slice(1).map((line) => line.split(",")[1])).toEqual(names);
  expect(csv[1]).toMatch(/,http:\/\/127\.0\.0\.1:\d+\/r\/[\w-]+,$/);

  // A reload keeps the table (this tab's last watch), in the same order.
  await page.reload();
  await expect(results).toBeVisible();
  expect(await results.getByRole("rowheader").allTextContents()).toEqual(names);

  // Each row links to its own stored review.
  await results.getByRole("link", { name: "Open the review of wire-rewrite.txt" }).click();
  await expect(page).toHaveURL(/\/r\/[\w-]+$/);
  await expect(page.getByText(/likely spun/i).first()).toBeVisible();
});

test("the watch says what is missing instead of running", async ({ page }) => {
  await page.goto("/watch");
  await page.getByRole("textbox", { name: "Original", exact: true }).fill(ORIGINAL);
  await page.getByRole("button", { name: "Compare all copies" }).click();
  await expect(page.getByRole("alert", { name: /The watch did not run/ })).toContainText("Add the copies to compare");
  await expect(page.getByRole("textbox", { name: "Original", exact: true })).toHaveValue(ORIGINAL);
});
