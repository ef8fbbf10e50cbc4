import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { EXAMPLE_PAIR } from "../lib/example/example-pair";
import { readSharedExample } from "./support/examples";
import { makeDocx } from "./support/make-docx";
import { saveScreenshot } from "./support/screenshots";
import { spawnServer, type SpawnedServer } from "./support/spawn-server";

/** The two article fields, by their exact labels (the file pickers' labels also say "original"). */
const original = (page: Page) => page.getByRole("textbox", { name: "Original", exact: true });
const suspect = (page: Page) => page.getByRole("textbox", { name: "Suspect", exact: true });
const analyze = (page: Page) => page.getByRole("button", { name: "Analyze" });

test.describe("home page", () => {
  test("the shared example pair is analyzed, stored, and opens at its share link", async ({ page, context }) => {
    const pair = readSharedExample();
    await page.goto("/");
    await original(page).fill(pair.original);
    await suspect(page).fill(pair.suspect);
    await analyze(page).click();

    await page.waitForURL(/\/r\/[A-Za-z0-9_-]{16,}$/);
    await expect(page.getByText("detective agency").first()).toBeVisible();

    // The creator's browser, and only it, holds the key to delete: one httpOnly owner-key cookie.
    const cookie = (await context.cookies()).find((c) => c.name === "unspun_owner");
    expect(cookie, "owner-key cookie").toBeDefined();
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");
    expect(cookie?.path).toBe("/");
    expect(cookie?.secure).toBe(false); // plain http on 127.0.0.1: a secure cookie would be dropped
    expect(cookie?.expires ?? 0).toBeGreaterThan(Date.now() / 1000 + 399 * 24 * 3600);
    await expect(page.getByRole("button", { name: "Delete…" })).toBeVisible();
  });

  test("an empty suspect gets a clear error beside it and the original is kept", async ({ page }) => {
    await page.goto("/");
    await original(page).fill("The council approved the budget on Tuesday.");
    await analyze(page).click();

    const error = page.getByRole("alert", { name: /^Suspect/ });
    await expect(error).toHaveText("Paste the suspect article: it is empty.");
    await expect(suspect(page)).toHaveAccessibleDescription(/Paste the suspect article: it is empty\./);
    await expect(suspect(page)).toBeFocused();
    await expect(original(page)).toHaveValue("The council approved the budget on Tuesday.");
    expect(new URL(page.url()).pathname).toBe("/");
    await saveScreenshot(page, "home-error-light");

    // The error goes once the editor starts filling the field in.
    await suspect(page).fill("The council approved");
    await expect(page.getByRole("alert", { name: /^Suspect/ })).toHaveCount(0);
  });

  test("Load example fills both fields and their counts", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByText("0 words · 0 / 200,000 characters")).toHaveCount(2);
    await page.getByRole("button", { name: "Load example" }).click();
    await expect(original(page)).toHaveValue(EXAMPLE_PAIR.original);
    await expect(suspect(page)).toHaveValue(EXAMPLE_PAIR.suspect);
    await expect(page.getByText(`${EXAMPLE_PAIR.original.length.toLocaleString("en-US")} / 200,000 characters`)).toBeVisible();

    // Typing updates the counts live.
    await suspect(page).fill("Three short words");
    await expect(page.getByText("3 words · 17 / 200,000 characters")).toBeVisible();
  });

  test("the example analyses without storing: a review below the form, no link", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Load example" }).click();
    await page.getByLabel("Don't store").check();
    await analyze(page).click();

    const result = page.getByRole("region", { name: "Result (not stored)" });
    await expect(result).toBeVisible();
    await expect(result.getByText("holder vessels").first()).toBeVisible();
    await expect(page.getByRole("button", { name: /copy link/i })).toHaveCount(0);
    expect(new URL(page.url()).pathname).toBe("/");
    // The form keeps its text for another try.
    await expect(suspect(page)).toHaveValue(EXAMPLE_PAIR.suspect);
    await saveScreenshot(page, "home-unsaved-result-light");
  });

  test("shows progress and refuses a second submit while the server works", async ({ page }) => {
    // Hold the server action's POST for a moment so the pending state can be seen.
    let posts = 0;
    await page.route("**/*", async (route) => {
      if (route.request().method() === "POST") {
        posts++;
        await new Promise((resolve) => setTimeout(resolve, 1500));
      }
      await route.continue();
    });
    await page.goto("/");
    await page.getByRole("button", { name: "Load example" }).click();
    await page.getByLabel("Don't store").check();
    await analyze(page).click();

    const pendingButton = page.getByRole("button", { name: "Analyzing…" });
    await expect(pendingButton).toBeDisabled();
    await expect(page.getByRole("progressbar", { name: "Analyzing" })).toBeVisible();
    await expect(page.getByRole("status")).toContainText("Analyzing");
    await page.keyboard.press("Enter"); // a second submit from the keyboard is ignored
    await expect(page.getByRole("region", { name: "Result (not stored)" })).toBeVisible({ timeout: 15_000 });
    await expect(analyze(page)).toBeEnabled();
    expect(posts).toBe(1);
  });

  test("over-limit text gets a message that names the limit, and the text stays", async ({ page }) => {
    const long = "word ".repeat(40_001); // 200,005 characters
    await page.goto("/");
    await suspect(page).fill(long);
    await expect(page.getByText("200,005 / 200,000 characters (over the limit)")).toBeVisible();
    await analyze(page).click();
    await expect(page.getByRole("alert", { name: /^Suspect/ })).toHaveText(
      "The suspect is too long: the limit is 200,000 characters.",
    );
    expect(await suspect(page).inputValue()).toHaveLength(long.length);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form still analyzes, and an error still keeps the text", async ({ page }) => {
    await page.goto("/");
    await original(page).fill("The council approved the budget on Tuesday.");
    await analyze(page).click();
    await expect(page.getByText("Paste the suspect article: it is empty.")).toBeVisible();
    await expect(original(page)).toHaveValue("The council approved the budget on Tuesday.");

    await suspect(page).fill("The council passed the budget on Tuesday.");
    await analyze(page).click();
    await page.waitForURL(/\/r\/[A-Za-z0-9_-]{16,}$/);
  });
});

test.describe("with a small limit and a rate limit of 2 a minute", () => {
  let server: SpawnedServer;
  test.beforeAll(async () => {
    const dataDir = `${process.env.E2E_DATA_DIR ?? "test-data/e2e-home"}-limits`;
    server = await spawnServer({ UNSPUN_MAX_CHARS: "1000", UNSPUN_RATE_LIMIT: "2", UNSPUN_DATA_DIR: dataDir });
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test("the page shows the server's configured limit", async ({ page }) => {
    await page.goto(server.url);
    await expect(page.getByText("0 words · 0 / 1,000 characters")).toHaveCount(2);
    await suspect(page).fill("x".repeat(1001));
    await analyze(page).click();
    await expect(page.getByRole("alert", { name: /^Suspect/ })).toHaveText(
      "The suspect is too long: the limit is 1,000 characters.",
    );
  });

  test("over the rate limit the editor is told when to retry, and keeps the text", async ({ page }) => {
    await page.goto(server.url);
    await suspect(page).fill("The council approved the budget on Tuesday.");
    await page.getByLabel("Don't store").check();
    for (let i = 0; i < 2; i++) {
      await analyze(page).click();
      await expect(page.getByRole("region", { name: "Result (not stored)" })).toBeVisible();
      await expect(analyze(page)).toBeEnabled();
    }
    await analyze(page).click();
    const alert = page.getByRole("alert", { name: /^The analysis did not run/ });
    await expect(alert).toContainText(/Too many analyses .* Try again in \d+ seconds?; your text is still here\./);
    await expect(alert).toBeFocused();
    await expect(suspect(page)).toHaveValue("The council approved the budget on Tuesday.");
  });
});

test.describe("reading files", () => {
  const html = `<!doctype html><html><head><title>Gazette</title><script>track()</script></head><body>
    <header><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav></header>
    <article><h1>Ferry fares frozen</h1><p>The island council froze ferry fares for 2026 &amp; 2027.</p></article>
    <aside>Most read</aside><footer>© Gazette</footer></body></html>`;

  test("a .txt, .md, .html and .docx file each land in a field as editable text", async ({ page }) => {
    await page.goto("/");
    const originalFile = page.getByLabel("Open file for the original");
    const suspectFile = page.getByLabel("Open file for the suspect");

    await originalFile.setInputFiles({ name: "wire.txt", mimeType: "text/plain", buffer: Buffer.from("Wire copy, plain text.\r\n") });
    await expect(original(page)).toHaveValue("Wire copy, plain text.");
    await expect(page.getByText("From file: wire.txt")).toBeVisible();

    await suspectFile.setInputFiles({ name: "draft.md", mimeType: "", buffer: Buffer.from("# Draft\n\nMarkdown *copy*.") });
    await expect(suspect(page)).toHaveValue("# Draft\n\nMarkdown *copy*.");
    await expect(page.getByText("From file: draft.md")).toBeVisible();

    await originalFile.setInputFiles({ name: "page.html", mimeType: "text/html", buffer: Buffer.from(html) });
    await expect(original(page)).toHaveValue("Ferry fares frozen\n\nThe island council froze ferry fares for 2026 & 2027.");
    await expect(page.getByText("From file: page.html")).toBeVisible();

    const docx = await makeDocx(["Ferry fares frozen", "The island council froze ferry fares."]);
    await suspectFile.setInputFiles({ name: "story.docx", mimeType: "", buffer: docx });
    await expect(suspect(page)).toHaveValue("Ferry fares frozen\n\nThe island council froze ferry fares.");
    await expect(page.getByText("From file: story.docx")).toBeVisible();

    // The text stays editable after it came from a file.
    await suspect(page).press("End");
    await suspect(page).pressSequentially(" Edited.");
    await expect(suspect(page)).toHaveValue("Ferry fares frozen\n\nThe island council froze ferry fares. Edited.");
  });

  test("an unsupported or unreadable file gets a message beside the field and loses nothing", async ({ page }) => {
    await page.goto("/");
    await original(page).fill("Text the editor already pasted.");
    await page.getByLabel("Open file for the original").setInputFiles({
      name: "scan.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.7 binary"),
    });
    await expect(page.getByRole("alert", { name: /^Original/ })).toHaveText(
      "“scan.pdf” is not a file Unspun reads. Use .txt, .md, .html or .docx.",
    );
    await expect(original(page)).toHaveValue("Text the editor already pasted.");

    await page.getByLabel("Open file for the original").setInputFiles({
      name: "broken.docx",
      mimeType: "",
      buffer: Buffer.from("not a zip at all"),
    });
    await expect(page.getByRole("alert", { name: /^Original/ })).toContainText("Could not read “broken.docx”.");
    await expect(original(page)).toHaveValue("Text the editor already pasted.");
  });

  test("a file dropped on a field is read like a chosen one", async ({ page }) => {
    await page.goto("/");
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(["Dropped wire copy."], "dropped.txt", { type: "text/plain" }));
      return transfer;
    });
    await suspect(page).dispatchEvent("dragover", { dataTransfer });
    await suspect(page).dispatchEvent("drop", { dataTransfer });
    await expect(suspect(page)).toHaveValue("Dropped wire copy.");
    await expect(page.getByText("From file: dropped.txt")).toBeVisible();
  });
});

test.describe("looks and accessibility", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`axe finds no violations, ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto("/");
      await page.getByRole("button", { name: "Load example" }).click();
      await analyze(page).focus();
      const empty = await new AxeBuilder({ page }).analyze();
      expect(empty.violations).toEqual([]);

      await suspect(page).fill("");
      await analyze(page).click();
      await expect(page.getByRole("alert", { name: /^Suspect/ })).toBeVisible();
      const withError = await new AxeBuilder({ page }).analyze();
      expect(withError.violations).toEqual([]);
    });

    for (const [device, viewport] of [
      ["desktop", { width: 1366, height: 900 }],
      ["phone", { width: 390, height: 844 }],
    ] as const) {
      test(`screenshot: ${device}, ${colorScheme}`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme });
        await page.goto("/");
        await saveScreenshot(page, `home-${device}-${colorScheme}-empty`);
        await page.getByRole("button", { name: "Load example" }).click();
        await saveScreenshot(page, `home-${device}-${colorScheme}`);
        // Nothing spills sideways on a phone.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });
    }
  }
});

/** Every article of the evaluation corpus (real multi-paragraph news copy, blank lines between paragraphs). */
function corpusArticles(): string[] {
  const root = path.resolve("eval", "corpus");
  const stories = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  return stories.flatMap((story) =>
    ["original.txt", "spun.txt", "edit.txt"].map((file) => readFileSync(path.join(root, story, file), "utf8").trim()),
  );
}

/** Articles joined, one after another, until the text is at least `chars` long. */
function articlesOfAtLeast(chars: number): string {
  const articles = corpusArticles();
  let text = "";
  for (let k = 0; text.length < chars; k++) text += (text ? "\n\n" : "") + articles[k % articles.length];
  return text;
}

test.describe("issue 14: the home page", () => {
  test("1. an over-limit article with paragraphs gets the limit message after Analyze, and keeps its text", async ({ page }) => {
    const long = articlesOfAtLeast(200_100);
    expect(long.split("\n").length).toBeGreaterThan(500);
    await page.goto("/");
    await suspect(page).fill(long);
    await expect(page.getByText(/\(over the limit\)/)).toBeVisible();
    await analyze(page).click();
    await expect(page.getByRole("alert", { name: /^Suspect/ })).toHaveText("The suspect is too long: the limit is 200,000 characters.");
    await expect(suspect(page)).toBeFocused();
    expect(await suspect(page).inputValue()).toBe(long);
  });

  test("1. an article the counter calls within the limit is accepted, line breaks and all", async ({ page }) => {
    // Line breaks post as CRLF; counted twice, this article would be rejected though the field says it fits.
    const article = articlesOfAtLeast(200_000).slice(0, 199_900);
    const lineBreaks = article.split("\n").length - 1;
    expect(article.length + lineBreaks).toBeGreaterThan(200_000);
    await page.goto("/");
    await suspect(page).fill(article);
    await expect(page.getByText("199,900 / 200,000 characters", { exact: false })).toBeVisible();
    await page.getByLabel("Don't store").check();
    await analyze(page).click();
    await expect(page.getByRole("region", { name: "Result (not stored)" })).toBeVisible({ timeout: 45_000 });
    await expect(page.getByRole("alert", { name: /^Suspect/ })).toHaveCount(0);
  });

  test("2. Back after Analyze finds both texts where the editor left them", async ({ page }) => {
    const pair = readSharedExample();
    await page.goto("/");
    await original(page).fill(pair.original);
    await suspect(page).fill(pair.suspect);
    await analyze(page).click();
    await page.waitForURL(/\/r\/[A-Za-z0-9_-]{16,}$/);
    await page.goBack();
    await expect(original(page)).toHaveValue(pair.original);
    await expect(suspect(page)).toHaveValue(pair.suspect);
    // A reload of the home page keeps them too (same tab).
    await page.reload();
    await expect(suspect(page)).toHaveValue(pair.suspect);
  });

  test("3. pasted HTML source is cleaned like an uploaded page, paragraphs kept", async ({ page }) => {
    const article = readFileSync(path.resolve("eval", "corpus", "local-water-rates", "original.txt"), "utf8").trim();
    const [headline, ...paragraphs] = article.split(/\n\s*\n/);
    const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
    const html = `<!doctype html><html><head><title>Water</title><style>p{color:red}</style></head><body><nav><a href="/">Home</a> · <a href="/news">News</a></nav><article><h1>${escape(headline!)}</h1>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join("\n")}</article><footer>© The Courier</footer></body></html>`;
    await page.goto("/");
    await original(page).focus();
    await page.evaluate((source) => {
      const data = new DataTransfer();
      data.setData("text/plain", source);
      document.activeElement?.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, html);
    await expect(original(page)).toHaveValue([headline, ...paragraphs].join("\n\n"));
    await expect(page.getByText("Pasted HTML: tags removed, paragraphs kept.")).toBeVisible();
    // Plain text pastes as it is.
    await suspect(page).focus();
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData("text/plain", text);
      document.activeElement?.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, "Rates rise <5% a year, the board said.");
    await expect(page.getByText("Pasted HTML: tags removed, paragraphs kept.")).toHaveCount(1);
  });
});

test.describe("issue 14: a plain local run", () => {
  test("9. Analyze and its redirect print no X-Forwarded-For warning; a request through a proxy still does", async ({ page }) => {
    const dataDir = path.resolve("test-data", `e2e-xff-${Date.now()}`);
    const server = await spawnServer({ UNSPUN_DATA_DIR: dataDir, UNSPUN_RATE_LIMIT: "0" });
    try {
      const pair = readSharedExample();
      await page.goto(server.url);
      await original(page).fill(pair.original);
      await suspect(page).fill(pair.suspect);
      await analyze(page).click();
      await page.waitForURL(/\/r\/[A-Za-z0-9_-]{16,}$/);
      await expect(page.getByText("detective agency").first()).toBeVisible();
      expect(server.output()).not.toContain("X-Forwarded-For");
      await fetch(server.url, { headers: { "X-Forwarded-For": "203.0.113.7" } });
      await expect.poll(() => server.output()).toContain("X-Forwarded-For");
    } finally {
      await server.stop();
    }
  });
});
