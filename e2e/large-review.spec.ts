import { expect, test } from "@playwright/test";
import { readSharedExample } from "./support/examples";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { SCREENSHOT_DIR } from "./support/screenshots";

/**
 * A large result's share page: the server sends a small shell and the browser loads the
 * stored analysis from the API, so the page costs the server no more than a small one.
 */
test("a large result's link sends a small page, then shows the whole review", async ({ page, request }) => {
  const pair = readSharedExample();
  // About 60 copies of a real article pair: ~190,000 characters a side, inside the default limit.
  const copies = Math.floor(190_000 / Math.max(pair.original.length, pair.suspect.length));
  const created = await request.post("/api/analyses", {
    data: { original: Array(copies).fill(pair.original).join("\n\n"), suspect: Array(copies).fill(pair.suspect).join("\n\n") },
    timeout: 60_000,
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();

  const shell = await request.get(`/r/${id}`);
  expect(shell.status()).toBe(200);
  const html = await shell.text();
  expect(html.length).toBeLessThan(100_000); // the analysis alone is megabytes of JSON
  expect(html).not.toContain("Pyongyang");

  await page.goto(`/r/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("textbox", { name: "Share link" })).toHaveValue(new RegExp(`/r/${id}$`));
  await expect(page.getByText("Pyongyang").first()).toBeVisible();
  // The visible screen only: the whole page of a review this long is 200,000 pixels tall.
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, "large-review.png") });
});

test("an unknown result's link is still a 404 page", async ({ page }) => {
  const missing = await page.goto("/r/AAAAAAAAAAAAAAAAAAAAAA");
  expect(missing?.status()).toBe(404);
});
