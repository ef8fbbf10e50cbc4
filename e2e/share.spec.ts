import { expect, test, type Page } from "@playwright/test";
import { readSharedExample } from "./support/examples";

/*
 * A share link's life: the creator analyses a pair on the home page, copies the link, a
 * colleague opens it in another browser (read-only), the creator deletes it, and the
 * colleague's reload finds nothing.
 */

/** Analyses a pair through the home form, the way an editor does, and waits for the review. */
async function analyzeOnHomePage(page: Page, pair: { original: string; suspect: string }): Promise<string> {
  await page.goto("/");
  await page.getByRole("textbox", { name: "Original", exact: true }).fill(pair.original);
  await page.getByRole("textbox", { name: "Suspect", exact: true }).fill(pair.suspect);
  await page.getByRole("button", { name: "Analyze" }).click();
  await page.waitForURL(/\/r\/[A-Za-z0-9_-]{16,}$/, { timeout: 60_000 });
  await page.locator('[data-ready="true"]').waitFor();
  return new URL(page.url()).pathname.split("/").pop()!;
}

test("copy link, open it elsewhere read-only, delete it, and the link is gone", async ({ page, context, browser }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const id = await analyzeOnHomePage(page, readSharedExample());
  const verdict = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
  const counts = (await page.getByRole("list", { name: "Findings per kind" }).textContent()) ?? "";

  // The link is in a selectable field and, after Copy link, on the clipboard, confirmed on screen.
  const field = page.getByRole("textbox", { name: "Share link" });
  await expect(field).toHaveValue(new RegExp(`/r/${id}$`));
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("button", { name: /Copied/ })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Link copied to the clipboard." })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await field.inputValue());
  expect(new URL(copied).pathname).toBe(`/r/${id}`);

  // A colleague's browser: the same review, without Delete.
  const colleague = await browser.newContext();
  const reader = await colleague.newPage();
  await reader.goto(copied);
  await reader.locator('[data-ready="true"]').waitFor();
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(verdict);
  await expect(reader.getByRole("list", { name: "Findings per kind" })).toHaveText(counts);
  await expect(reader.locator("mark").filter({ hasText: "detective agency" })).toBeVisible();
  await expect(reader.getByRole("button", { name: /Delete/ })).toHaveCount(0);
  await expect(reader.getByText("read-only for anyone with the link")).toBeVisible();

  // The creator deletes it, after confirming (Cancel first: nothing happens).
  await page.getByRole("button", { name: "Delete…" }).click();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("button", { name: "Delete permanently" })).toHaveCount(0);
  await page.getByRole("button", { name: "Delete…" }).click();
  await page.getByRole("button", { name: "Delete permanently" }).click();
  await page.waitForURL("**/r/deleted");
  await expect(page.getByRole("heading", { name: "Result deleted" })).toBeVisible();

  // The colleague reloads: gone, said plainly, with a 404; the API agrees.
  const reload = await reader.reload();
  expect(reload?.status()).toBe(404);
  await expect(reader.getByRole("heading", { name: "This result does not exist" })).toBeVisible();
  expect((await reader.request.get(`/api/analyses/${id}`)).status()).toBe(404);
  await colleague.close();
});

test("a browser keeps one cookie however many results it creates, and can delete each of them", async ({ page, context }) => {
  const ids: string[] = [];
  for (const n of [1, 2, 3]) ids.push(await analyzeOnHomePage(page, { original: `The port reopened on day ${n}.`, suspect: `The harbour reopened on day ${n}.` }));
  const cookies = (await context.cookies()).filter((cookie) => cookie.name.startsWith("unspun"));
  expect(cookies.map((cookie) => cookie.name)).toEqual(["unspun_owner"]);
  expect(cookies[0]?.httpOnly).toBe(true);

  // The oldest result still offers Delete to its creator, and deleting it spares the others.
  await page.goto(`/r/${ids[0]}`);
  await page.locator('[data-ready="true"]').waitFor();
  await page.getByRole("button", { name: "Delete…" }).click();
  await page.getByRole("button", { name: "Delete permanently" }).click();
  await page.waitForURL("**/r/deleted");
  expect((await page.request.get(`/api/analyses/${ids[0]}`)).status()).toBe(404);
  expect((await page.request.get(`/api/analyses/${ids[1]}`)).status()).toBe(200);
  await page.goto(`/r/${ids[1]}`);
  await expect(page.getByRole("button", { name: "Delete…" })).toBeVisible();
});

test("a browser holding another browser's owner key gets no Delete", async ({ page, context, request }) => {
  const created = (await (await request.post("/api/analyses", { data: { suspect: "A short text to share." } })).json()) as { id: string; url: string };
  await context.addCookies([{ name: "unspun_owner", value: "A".repeat(43), url: created.url }]);
  await page.goto(`/r/${created.id}`);
  await page.locator('[data-ready="true"]').waitFor();
  await expect(page.getByRole("button", { name: /Delete/ })).toHaveCount(0);
});

test("a browser holding a wrong delete key is refused and the result stays", async ({ page, context, request }) => {
  const created = (await (await request.post("/api/analyses", { data: readSharedExample() })).json()) as { id: string; url: string };
  await context.addCookies([{ name: `unspun_del_${created.id}`, value: "not-the-token", url: created.url }]);
  await page.goto(`/r/${created.id}`);
  await page.locator('[data-ready="true"]').waitFor();
  await page.getByRole("button", { name: "Delete…" }).click();
  await page.getByRole("button", { name: "Delete permanently" }).click();
  await expect(page.getByRole("alert", { name: "Delete failed" })).toContainText("does not match");
  expect((await request.get(`/api/analyses/${created.id}`)).status()).toBe(200);
});

test("when the clipboard is blocked, the link is selected for copying by hand", async ({ page, request }) => {
  const created = (await (await request.post("/api/analyses", { data: { suspect: "A short text to share." } })).json()) as { id: string };
  await page.goto(`/r/${created.id}`);
  await page.locator('[data-ready="true"]').waitFor();
  await page.evaluate(() => {
    Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new Error("denied")) } });
  });
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "press Ctrl+C" })).toBeVisible();
  const field = page.getByRole("textbox", { name: "Share link" });
  await expect(field).toBeFocused();
  const selected = await field.evaluate((input: HTMLInputElement) => input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0));
  expect(selected).toBe(await field.inputValue());
});

test("repeat views run their scripts under a fresh nonce each time; the owner keeps Delete and a reader never gets it", async ({ page, browser }) => {
  const id = await analyzeOnHomePage(page, readSharedExample());
  const colleague = await browser.newContext();
  const reader = await colleague.newPage();
  const nonces = new Set<string>();
  const violations: string[] = [];
  for (const viewer of [page, reader]) viewer.on("console", (message) => message.text().includes("Content Security Policy") && violations.push(message.text()));
  // The second and later views of each come from the production server's page cache.
  for (let view = 0; view < 3; view++) {
    for (const [viewer, owner] of [[page, true], [reader, false]] as const) {
      const response = await viewer.goto(`/r/${id}`);
      expect(response?.status()).toBe(200);
      nonces.add(/'nonce-([^']+)'/.exec((await response?.allHeaders())?.["content-security-policy"] ?? "")?.[1] ?? "");
      await viewer.locator('[data-ready="true"]').waitFor();
      await expect(viewer.getByRole("button", { name: "Delete…" })).toHaveCount(owner ? 1 : 0);
    }
  }
  expect(nonces.size).toBe(6);
  expect(violations).toEqual([]);
  await colleague.close();
});
