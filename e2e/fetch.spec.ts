import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { articlePage, readCorpusArticle, serve, startArticleServer, type ArticleServer } from "../lib/fetch/test-article-server";
import { saveScreenshot } from "./support/screenshots";
import { spawnServer, type SpawnedServer } from "./support/spawn-server";

const TOPIC = "education-phone-ban";
const ORIGINAL = readFileSync(path.join("eval", "corpus", TOPIC, "original.txt"), "utf8");
const spun = readCorpusArticle(TOPIC, "spun");

let news: ArticleServer;
/** A server whose operator allows private addresses, so it may fetch from the loopback news site. */
let trusting: SpawnedServer;

test.beforeAll(async () => {
  news = await startArticleServer({ "/story": serve.html(articlePage(spun.headline, spun.body, "By Priya Raman")) });
  trusting = await spawnServer({ UNSPUN_FETCH_ALLOW_PRIVATE: "true", UNSPUN_DATA_DIR: `${process.env.E2E_DATA_DIR ?? "test-data/e2e-fetch"}-allow` });
});
test.afterAll(async () => {
  await trusting?.stop();
  await news?.close();
});

test("an editor pastes a link as the suspect, checks what was extracted, and analyses it", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(trusting.url);
  await page.getByRole("textbox", { name: "Original", exact: true }).fill(ORIGINAL);
  const link = `${news.origin}/story`;
  await page.getByRole("textbox", { name: "Suspect", exact: true }).fill(link);

  // Analysing a bare link is refused: the extracted text must be seen first.
  await page.getByRole("button", { name: "Analyze" }).click();
  await expect(page.getByRole("alert", { name: /^Suspect/ })).toContainText("This is a link");

  await page.getByRole("button", { name: "Fetch the suspect article" }).click();
  const preview = page.getByRole("region", { name: "Suspect link" });
  await expect(preview.getByText(spun.headline)).toBeVisible({ timeout: 15_000 });
  await expect(preview).toContainText("By Priya Raman");
  await expect(preview).toContainText(spun.body.slice(0, 80));
  await saveScreenshot(page, "fetch-preview");

  await preview.getByRole("button", { name: "Use this text as the suspect" }).click();
  await expect(page.getByRole("textbox", { name: "Suspect", exact: true })).toHaveValue(new RegExp(`^${spun.body.slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  await expect(page.getByText(`Text read from ${link}`)).toBeVisible();

  await page.getByRole("button", { name: "Analyze" }).click();
  await expect(page).toHaveURL(/\/r\/[\w-]+$/, { timeout: 30_000 });
  await expect(page.getByRole("list", { name: "Sources" })).toContainText(`Suspect read from ${link}`);
  const id = new URL(page.url()).pathname.split("/").pop()!;
  const stored = (await (await page.request.get(`${trusting.url}/api/analyses/${id}`)).json()) as { analysis: { suspectUrl: string; originalUrl?: string } };
  expect(stored.analysis.suspectUrl).toBe(link);
  expect(stored.analysis.originalUrl).toBeUndefined();
});

test("the public server refuses to fetch a loopback link and says why", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("textbox", { name: "Suspect", exact: true }).fill(`${news.origin}/story`);
  await page.getByRole("button", { name: "Fetch the suspect article" }).click();
  await expect(page.getByRole("alert", { name: "Suspect link could not be read" })).toContainText(
    "127.0.0.1, a loopback address: Unspun fetches only public web pages.",
  );
});

test("a watch reads copies from links, and a line that is not a link gets its own reason", async ({ page }) => {
  await page.goto(`${trusting.url}/watch`);
  await page.getByRole("textbox", { name: "Original", exact: true }).fill(ORIGINAL);
  await page.getByRole("textbox", { name: "Links to copies" }).fill(`${news.origin}/story\nsee the copy on page 3`);
  await page.getByRole("button", { name: "Compare all copies" }).click();
  const results = page.getByRole("region", { name: /1 of 2 copies compared/ });
  await expect(results).toBeVisible({ timeout: 30_000 });
  const rows = results.getByRole("row");
  await expect(rows.nth(1).getByRole("rowheader")).toHaveText(`${news.origin}/story`);
  await expect(rows.nth(1)).toContainText(/spun/);
  await expect(rows.nth(2)).toContainText("Not analysed: This line is not a link");
});
