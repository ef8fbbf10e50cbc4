import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";

/**
 * Screenshots go to test-data/screenshots/, not test-results/ (Playwright empties that at
 * every run), so a person can look at them after the run.
 */
export const SCREENSHOT_DIR = path.resolve("test-data", "screenshots");

/** Saves a full-page screenshot as test-data/screenshots/{name}.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
