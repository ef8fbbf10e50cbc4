import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { saveScreenshot } from "./support/screenshots";
import { spawnServer, type SpawnedServer } from "./support/spawn-server";

/*
 * Find the original: an editor builds an archive of a dozen published stories, pastes a
 * spun copy of one with the original left empty, sees its source proposed first, compares
 * with it, and shares the review with a colleague who sees nothing of the archive.
 */
const TOKEN = "e2e-archive-token-0123456789abcdef";
const topics = readdirSync("eval/corpus", { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).slice(0, 12);
const originalOf = (topic: string) => readFileSync(join("eval/corpus", topic, "original.txt"), "utf8");
const SUSPECT_TOPIC = topics[4]!;
const sourceTitle = originalOf(SUSPECT_TOPIC).trim().split("\n")[0]!.trim();

let server: SpawnedServer;
let dataDir: string;
test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "unspun-e2e-archive-"));
  server = await spawnServer({ UNSPUN_ARCHIVE_TOKEN: TOKEN, UNSPUN_DATA_DIR: dataDir, UNSPUN_RATE_LIMIT: "0" });
});
test.afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

test("without a token configured the Archive page says how to turn it on", async ({ page }) => {
  await page.goto("/archive");
  await expect(page.getByRole("heading", { name: "The archive is off" })).toBeVisible();
  await expect(page.getByText(/UNSPUN_ARCHIVE_TOKEN/).first()).toBeVisible();
});

test("build an archive, find the original of a spun copy, compare, share", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await page.goto(`${server.url}/archive`);
  await page.getByLabel("Archive token").fill("not the token");
  await page.getByRole("button", { name: "Open the archive" }).click();
  await expect(page.getByText("That token is not the archive token.")).toBeVisible();
  await page.getByLabel("Archive token").fill(TOKEN);
  await page.getByRole("button", { name: "Open the archive" }).click();

  // A dozen originals and one empty file: the empty one is reported and skipped.
  const files = [
    ...topics.map((t) => ({ name: `${t}.txt`, mimeType: "text/plain", buffer: Buffer.from(originalOf(t)) })),
    { name: "blank.txt", mimeType: "text/plain", buffer: Buffer.from("") },
  ];
  await page.getByLabel("Files to add to the archive").setInputFiles(files);
  await expect(page.getByRole("status", { name: "Upload summary" })).toHaveText("12 added, 0 updated, 1 skipped.", { timeout: 30_000 });
  await expect(page.getByRole("list", { name: "Files not added" })).toContainText("blank.txt");
  await expect(page.getByRole("heading", { name: "12 articles in the archive" })).toBeVisible();
  await saveScreenshot(page, "archive");

  // The spun copy, original empty: the source is used automatically and proposed first.
  await page.goto(`${server.url}/`);
  await page.getByRole("textbox", { name: "Suspect", exact: true }).fill(readFileSync(join("eval/corpus", SUSPECT_TOPIC, "spun.txt"), "utf8"));
  await page.getByRole("button", { name: "Analyze" }).click();
  await page.waitForURL(/\/r\/[A-Za-z0-9_-]{16,}$/, { timeout: 60_000 });
  await expect(page.getByRole("note", { name: "Original from the archive" })).toContainText(sourceTitle);
  const candidates = page.getByRole("list", { name: "Candidates, best first" }).getByRole("listitem");
  await expect(candidates.first()).toHaveAccessibleName(sourceTitle);
  await expect(candidates.first()).toContainText("Shared names");
  await saveScreenshot(page, "archive-candidates");

  await page.getByRole("button", { name: `Compare with “${sourceTitle}”` }).click();
  await page.waitForURL(/\/r\/[A-Za-z0-9_-]{16,}$/);
  await page.locator('[data-ready="true"]').waitFor();
  await expect(page.getByRole("note", { name: "Original from the archive" })).toContainText(`Compared with the archive article ${sourceTitle}`);
  const shareUrl = await page.getByRole("textbox", { name: "Share link" }).inputValue();

  // A colleague without the archive token: the review, and nothing else from the archive.
  const colleague = await browser.newContext();
  const reader = await colleague.newPage();
  await reader.goto(shareUrl.replace(/^https?:\/\/[^/]+/, server.url));
  await reader.locator('[data-ready="true"]').waitFor();
  await expect(reader.getByRole("heading", { name: "Possible originals in the archive" })).toHaveCount(0);
  const otherTitle = originalOf(topics[0]!).trim().split("\n")[0]!.trim();
  await expect(reader.getByText(otherTitle)).toHaveCount(0);
  expect((await reader.request.get(`${server.url}/api/archive`)).status()).toBe(401);
  await colleague.close();
});
