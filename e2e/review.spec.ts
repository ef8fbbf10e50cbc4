import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { WATER_RATES_SPUN } from "../lib/analysis/5-score/fixtures/water-rates";
import { EXAMPLE_PAIR } from "../lib/example/example-pair";
import { readSharedExample } from "./support/examples";
import { saveScreenshot } from "./support/screenshots";

/*
 * The review at /r/{id}, driven in Chromium against the production build. Results are
 * created through the JSON API, then read the way an editor reads them.
 */

type Created = { id: string; url: string; deleteToken: string };

/** Stores a pair through the JSON API (the real app's own path) and returns its id and link. */
async function createResult(request: APIRequestContext, pair: { original?: string; suspect: string }): Promise<Created> {
  const response = await request.post("/api/analyses", { data: pair, timeout: 120_000 });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as Created;
}

/** Opens a review and waits until it is hydrated (its keyboard shortcuts listen from then on). */
async function openReview(page: Page, id: string) {
  const response = await page.goto(`/r/${id}`);
  expect(response?.status()).toBe(200);
  await page.locator('[data-ready="true"]').waitFor();
}

/**
 * A finding highlight in the suspect text (a <mark>; Playwright's role types do not list
 * "mark" yet), by the words it covers.
 */
const highlight = (page: Page, words: string) => page.locator("mark").filter({ hasText: words });
const findingsList = (page: Page) => page.getByRole("list", { name: "Findings in document order" });
const shownCount = async (page: Page) => Number((await page.getByText(/^\d+ shown/).innerText()).match(/^(\d+)/)?.[1]);

test.describe("review of the shared example", () => {
  let created: Created;
  test.beforeAll(async ({ request }) => {
    created = await createResult(request, readSharedExample());
  });

  test("shows verdict, score, dates and the spinner's damage highlighted and explained", async ({ page }) => {
    await openReview(page, created.id);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText(/^\d{1,3}\/100$/)).toBeVisible();
    await expect(page.getByText(/Expires on \d{1,2} [A-Z][a-z]{2} \d{4}|Kept until deleted/)).toBeVisible();
    await expect(page.getByRole("region", { name: "Side-by-side comparison" })).toBeVisible();

    const vietnamese = highlight(page, "North Vietnamese group");
    await expect(vietnamese).toBeVisible();
    await expect(vietnamese).toHaveAccessibleDescription(/^Name changed, high severity\..*North Korea/);
    const detective = highlight(page, "detective agency");
    await expect(detective).toBeVisible();
    await expect(detective).toHaveAccessibleDescription(/Garbled phrase.*Likely original: spy agency\./);

    // The explanation shows on hover and on keyboard focus alike.
    await detective.hover();
    await expect(page.getByTestId("finding-tooltip")).toContainText("Likely original: spy agency");
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("finding-tooltip")).toHaveCount(0);
    await vietnamese.focus();
    await expect(page.getByTestId("finding-tooltip")).toContainText("Name changed");

    // Word-level marks: removed words struck in the original, added words marked in the suspect.
    const comparison = page.getByRole("region", { name: "Side-by-side comparison" });
    await expect(comparison.getByRole("deletion").first()).toBeVisible();
    await expect(comparison.getByRole("insertion").first()).toBeVisible();
    // Sentences without a counterpart say so, on each side.
    await expect(page.getByText("No counterpart in the suspect.").first()).toBeVisible();
    await expect(page.getByText("No counterpart in the original.").first()).toBeVisible();
    await saveScreenshot(page, "review-example");
  });

  test("j/k and n/p move between findings in document order; ? lists the shortcuts", async ({ page }) => {
    await openReview(page, created.id);
    const items = findingsList(page).getByRole("button");
    await expect(items.first()).toBeVisible();
    const count = await items.count();
    expect(count).toBeGreaterThan(2);

    await page.keyboard.press("j");
    const first = page.locator(":focus");
    await expect(first).toHaveAttribute("data-finding", /\d+/);
    const firstId = await first.getAttribute("id");
    await expect(items.nth(0)).toHaveAttribute("aria-current", "true");
    await page.keyboard.press("j");
    await expect(items.nth(1)).toHaveAttribute("aria-current", "true");
    const secondId = await page.locator(":focus").getAttribute("id");
    expect(secondId).not.toBe(firstId);
    await page.keyboard.press("k");
    await expect(page.locator(":focus")).toHaveAttribute("id", firstId!);
    await page.keyboard.press("n");
    await expect(page.locator(":focus")).toHaveAttribute("id", secondId!);
    await page.keyboard.press("p");
    await expect(page.locator(":focus")).toHaveAttribute("id", firstId!);
    // Going back from the first wraps to the last.
    await page.keyboard.press("k");
    await expect(items.nth(count - 1)).toHaveAttribute("aria-current", "true");
    await expect(page.locator(":focus")).toBeInViewport();

    // The same moves without a keyboard: the Previous / Next bar.
    const stepper = page.getByRole("group", { name: "Move between findings" });
    await stepper.getByRole("button", { name: "Next", exact: true }).click();
    await expect(items.nth(0)).toHaveAttribute("aria-current", "true");
    await expect(stepper).toContainText(`1 of ${count}`);
    await stepper.getByRole("button", { name: "Next", exact: true }).click();
    await expect(items.nth(1)).toHaveAttribute("aria-current", "true");
    await expect(page.locator(":focus")).toHaveAttribute("id", secondId!);

    await page.keyboard.press("?");
    const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText("Next finding");
    await expectNoAxeViolations(page);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
  });

  test("clicking a finding in the list scrolls the document to it and focuses it", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 600 });
    await openReview(page, created.id);
    const item = findingsList(page).getByRole("button").filter({ hasText: "detective agency" });
    await item.click();
    const detective = highlight(page, "detective agency");
    await expect(detective).toBeFocused();
    await expect(detective).toBeInViewport();
    await expect(item).toHaveAttribute("aria-current", "true");
  });

  test("filters hide and show findings, in the list and in the text", async ({ page }) => {
    await openReview(page, created.id);
    const synonyms = page.getByRole("checkbox", { name: /Synonym swap/ });
    // Honest synonyms are hidden until asked for.
    await expect(synonyms).not.toBeChecked();
    const before = await shownCount(page);
    await expect(findingsList(page).getByText("Synonym swap")).toHaveCount(0);
    await synonyms.check();
    await expect(findingsList(page).getByText("Synonym swap").first()).toBeVisible();
    expect(await shownCount(page)).toBeGreaterThan(before);

    const high = page.getByRole("checkbox", { name: /^High/ });
    await high.uncheck();
    await expect(highlight(page, "North Vietnamese group")).toHaveCount(0);
    await expect(page.getByText("North Vietnamese group").first()).toBeVisible(); // the text stays, unmarked
    await expect(findingsList(page).getByText("Name changed")).toHaveCount(0);
    await high.check();
    await expect(highlight(page, "North Vietnamese group")).toBeVisible();

    const garbled = page.getByRole("checkbox", { name: /Garbled phrase/ });
    await garbled.uncheck();
    await expect(highlight(page, "detective agency")).toHaveCount(0);
    await garbled.check();
    await expect(highlight(page, "detective agency")).toBeVisible();
  });

  test("exports a Markdown report and the analysis JSON", async ({ page, request }) => {
    await openReview(page, created.id);
    const [markdown] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download report (Markdown)" }).click(),
    ]);
    expect(markdown.suggestedFilename()).toBe(`unspun-${created.id}.md`);
    const report = await streamText(await markdown.createReadStream());
    expect(report).toMatch(/^# Unspun report/);
    expect(report).toContain("“detective agency”");
    expect(report).toContain("Likely original: *spy agency*");
    expect(report).toContain(`/r/${created.id}>`);

    const [json] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download analysis (JSON)" }).click(),
    ]);
    expect(json.suggestedFilename()).toBe(`unspun-${created.id}.json`);
    const downloaded = JSON.parse(await streamText(await json.createReadStream()));
    const stored = (await (await request.get(`/api/analyses/${created.id}`)).json()) as { analysis: unknown };
    expect(downloaded).toEqual(stored.analysis);
  });

  test("a phone gets one column, each suspect sentence above its original", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openReview(page, created.id);
    const suspectSentence = highlight(page, "North Vietnamese group");
    const originalSentence = page.getByText(/details of the trip/).first();
    await suspectSentence.scrollIntoViewIfNeeded();
    const suspectBox = (await suspectSentence.boundingBox())!;
    const originalBox = (await originalSentence.boundingBox())!;
    expect(suspectBox.y).toBeLessThan(originalBox.y);
    expect(Math.abs(suspectBox.x - originalBox.x)).toBeLessThan(120); // same column, not side by side
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The findings panel opens on demand.
    await page.getByRole("button", { name: /Findings and filters/ }).click();
    await expect(findingsList(page)).toBeVisible();
    await page.getByRole("button", { name: "Hide findings" }).click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, "review-phone");
    await expectNoAxeViolations(page);
  });

  test("dark mode follows the system and passes axe; light mode passes axe", async ({ page }) => {
    await openReview(page, created.id);
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: "dark" });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
    expect((r ?? 255) + (g ?? 255) + (b ?? 255)).toBeLessThan(150);
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: "test-data/screenshots/review-dark.png" });
    await page.emulateMedia({ colorScheme: "light" });
    await highlight(page, "detective agency").hover();
    await page.screenshot({ path: "test-data/screenshots/review-light.png" });
  });

  test("print hides the controls and keeps each explanation beside its highlight", async ({ page }) => {
    await openReview(page, created.id);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: "Copy link" })).toBeHidden();
    await expect(page.getByRole("complementary", { name: "Findings panel" })).toBeHidden();
    const note = await highlight(page, "detective agency").evaluate((element) => getComputedStyle(element, "::after").content);
    expect(note).toContain("Likely original: spy agency");
  });
});

test.describe("view options and layout", () => {
  const story = [
    "The harbour board met on Monday.",
    "It approved a new crane for the eastern quay.",
    "The crane will cost 4 million dollars.",
    "Work starts in March.",
    "Dock workers welcomed the plan.",
    "The board chair said the port would grow.",
  ];

  test("ignore case and punctuation change the marks without a new analysis", async ({ page, request }) => {
    const created = await createResult(request, {
      original: story.join(" "),
      suspect: story.map((s, i) => (i === 1 ? "It Approved a new Crane for the eastern quay!" : s)).join(" "),
    });
    await openReview(page, created.id);
    const insertions = page.getByRole("region", { name: "Side-by-side comparison" }).getByRole("insertion");
    await expect(insertions.first()).toBeVisible();
    // A new analysis would be a POST (server action or API); prefetches of links do not count.
    let requests = 0;
    page.on("request", (sent) => {
      if (sent.method() !== "GET") requests++;
    });
    await page.getByRole("checkbox", { name: "Ignore case" }).check();
    await page.getByRole("checkbox", { name: "Ignore punctuation" }).check();
    await expect(insertions).toHaveCount(0);
    await page.getByRole("checkbox", { name: "Ignore case" }).uncheck();
    await expect(insertions.first()).toBeVisible();
    expect(requests).toBe(0);
  });

  test("unchanged sentences fold into one line and open again", async ({ page, request }) => {
    const created = await createResult(request, {
      original: story.join(" "),
      suspect: story.map((s, i) => (i === 5 ? "The board chair said the harbour would grow." : s)).join(" "),
    });
    await openReview(page, created.id);
    await expect(page.getByText("Work starts in March.").first()).toBeVisible();
    // Each pair is graded the way an editor skims: identical, minor changes, reworded.
    await expect(page.getByText("Identical", { exact: true })).toHaveCount(5);
    await expect(page.getByText(/^(Minor changes|Reworded) · \d+% similar$/)).toHaveCount(1);
    await page.getByRole("checkbox", { name: "Fold unchanged sentences" }).check();
    const fold = page.getByRole("button", { name: /^Show \d+ unchanged sentences?$/ }).first();
    await expect(fold).toBeVisible();
    await expect(page.getByText("Work starts in March.")).toHaveCount(0);
    await fold.click();
    await expect(page.getByText("Work starts in March.").first()).toBeVisible();
  });

  test("a sentence moved far away is marked, with links between its two places", async ({ page, request }) => {
    const created = await createResult(request, {
      original: story.join(" "),
      suspect: [story[5], ...story.slice(0, 5)].join(" "),
    });
    await openReview(page, created.id);
    const moved = page.getByRole("link", { name: "Moved: see where it was in the original" });
    await expect(moved).toHaveCount(1);
    await moved.click();
    const back = page.getByRole("link", { name: "Go to where it is now" });
    await expect(back).toBeInViewport();
    await back.click();
    await expect(moved).toBeInViewport();
  });

  test("a suspect judged alone is one column with its findings", async ({ page, request }) => {
    const created = await createResult(request, { suspect: readSharedExample().suspect });
    await openReview(page, created.id);
    await expect(page.getByRole("region", { name: "The suspect text" })).toBeVisible();
    await expect(page.getByText("judged on its own, without an original")).toBeVisible();
    await expect(page.getByText("No counterpart in the original.")).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test("a thesaurus-swapped article judged alone says its wording is unusual throughout", async ({ page, request }) => {
    // Three paragraphs, as an article arrives.
    const suspect = WATER_RATES_SPUN.replace(/\. (?=Inhabitants|Committee)/g, ".\n\n");
    const created = await createResult(request, { suspect });
    await openReview(page, created.id);
    await expect(page.getByRole("heading", { name: /^(possibly|likely) spun$/i })).toBeVisible();
    await expect(page.getByText(/\d+% of its pairs of content words are ones the language model never saw together/)).toBeVisible();
    await saveScreenshot(page, "review-alone-unusual-wording");
  });

  test("an unknown link says plainly that there is no such result, with a 404", async ({ page }) => {
    const response = await page.goto("/r/NoSuchResult0000000000");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "This result does not exist" })).toBeVisible();
    const robots = await page.locator('meta[name="robots"]').evaluateAll((metas) => metas.map((meta) => meta.getAttribute("content")));
    expect(robots.length).toBeGreaterThan(0);
    for (const content of robots) expect(content).toContain("noindex");
  });
});

test("a quote turned round shows the changed quote and, inside it, the flipped meaning", async ({ page, request }) => {
  const original = readFileSync(path.join("lib/analysis/4-rules/compared/fixtures/water-rates.original.txt"), "utf8");
  const suspect = original.replace("the federal deadline does not move.", "the federal deadline does move.");
  expect(suspect).not.toBe(original);
  const created = await createResult(request, { original, suspect });
  await openReview(page, created.id);
  // The quote is marked on either side of the flipped words, which carry their own finding.
  const quote = page.locator("mark").filter({ hasText: "But the pipes under this city" });
  await expect(quote).toHaveAccessibleDescription(/^Quote altered, high severity\./);
  const flipped = page.locator("mark").filter({ hasText: /^does move$/ });
  await expect(flipped).toHaveAccessibleDescription(/^Meaning flipped, high severity\./);
  await flipped.scrollIntoViewIfNeeded();
  await saveScreenshot(page, "review-quote-reversed");
});

test("a 70,000-word pair renders, scrolls, and keeps only nearby rows in the page", async ({ page, request }) => {
  test.setTimeout(240_000);
  const pair = longPair(70_000);
  const created = await createResult(request, pair);
  const started = Date.now();
  await openReview(page, created.id);
  await expect(page.getByRole("region", { name: "Side-by-side comparison" })).toBeVisible();
  const loadMs = Date.now() - started;

  const stats = await page.evaluate(async () => {
    const frames: number[] = [];
    let last = performance.now();
    for (let i = 0; i < 150; i++) {
      window.scrollBy(0, 150);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = performance.now();
      frames.push(now - last);
      last = now;
    }
    frames.sort((a, b) => a - b);
    return {
      p50: frames[Math.floor(frames.length * 0.5)]!,
      p95: frames[Math.floor(frames.length * 0.95)]!,
      rowsInPage: document.querySelectorAll("[data-row-type]").length,
    };
  });
  console.log(`70k-word pair: page shown in ${loadMs} ms; scroll frames p50 ${stats.p50.toFixed(1)} ms, p95 ${stats.p95.toFixed(1)} ms; ${stats.rowsInPage} rows in the DOM`);
  // Thousands of rows exist, but only chunks near the viewport are in the DOM.
  expect(stats.rowsInPage).toBeLessThan(400);

  // The end of the article is reachable, and keyboard navigation reaches deep findings.
  await page.keyboard.press("End");
  const lastSentence = pair.suspect.trim().split(/(?<=\.)\s+/).pop()!;
  await expect(page.getByText(lastSentence.slice(0, 40)).last()).toBeVisible({ timeout: 20_000 });
  await page.keyboard.press("k");
  await expect(page.locator(":focus")).toHaveAttribute("data-finding", /\d+/);
  await expect(page.locator(":focus")).toBeInViewport();

  // Ctrl+F brings every row into the page, so the browser's find sees the whole text.
  await page.keyboard.press("Control+f");
  await expect.poll(() => page.locator("[data-row-type]").count(), { timeout: 20_000 }).toBeGreaterThan(1000);
});

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  expect(summary).toEqual([]);
}

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}
/** A small seeded random generator, so long test articles are the same at every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const VOCABULARY = (
  "the council said a new plan would cut costs for local homes and shops while the mayor " +
  "asked for more time to read the report before a vote next week on roads schools water " +
  "parks rail buses jobs tax fees staff court police fire board state city town region port"
).split(" ");

/**
 * A long article pair of about `words` words in total: an original of varied sentences and
 * a lightly edited copy (one word changed in every third sentence, a few sentences dropped
 * or added), like a long report and its rewrite. Kept under 200,000 characters a side.
 */
export function longPair(words: number): { original: string; suspect: string } {
  const random = seeded(42);
  const pick = () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]!;
  const original: string[] = [];
  const suspect: string[] = [];
  let count = 0;
  for (let n = 0; count < words / 2; n++) {
    const length = 10 + Math.floor(random() * 14);
    const sentence = Array.from({ length }, pick);
    sentence.splice(1, 0, `item${n}`); // every sentence unique, so alignment is unambiguous
    const text = `${sentence.join(" ")}.`.replace(/^./, (c) => c.toUpperCase());
    original.push(text);
    count += length + 1;
    const roll = random();
    if (roll < 0.02) continue;
    if (roll < 0.35) {
      const edited = [...sentence];
      edited[3] = pick() === edited[3] ? "revised" : pick();
      suspect.push(`${edited.join(" ")}.`.replace(/^./, (c) => c.toUpperCase()));
    } else {
      suspect.push(text);
    }
    if (random() < 0.02) suspect.push(`An added line about ${pick()} and ${pick()} number ${n}.`);
  }
  const paragraphs = (sentences: string[]) => {
    const out: string[] = [];
    for (let at = 0; at < sentences.length; at += 6) out.push(sentences.slice(at, at + 6).join(" "));
    return out.join("\n\n");
  };
  return { original: paragraphs(original), suspect: paragraphs(suspect) };
}

/** Dismisses the first-visit guide, as a returning reader would have. */
async function dismissGuide(page: Page) {
  await page.getByRole("button", { name: "Got it, hide this" }).click();
}

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test.describe("issue 14: the review", () => {
  let shared: Created;
  test.beforeAll(async ({ request }) => {
    shared = await createResult(request, readSharedExample());
  });

  test("first visit: a dismissible guide to kinds, severities and row labels, back on request", async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openReview(page, shared.id);
    const guide = page.getByRole("region", { name: "How to read this review" });
    await expect(guide).toBeVisible();
    for (const term of ["Reworded:", "Left out:", "Not in the original:", "High:", "Garbled phrase"]) {
      await expect(guide.getByText(term, { exact: false }).first()).toBeVisible();
    }
    await guide.screenshot({ path: "test-data/screenshots/review-first-visit-guide.png" });
    await dismissGuide(page);
    await expect(guide).toHaveCount(0);
    await page.reload();
    await page.locator('[data-ready="true"]').waitFor();
    await expect(page.getByRole("button", { name: "How to read this review" })).toBeVisible();
    await expect(page.getByRole("region", { name: "How to read this review" })).toHaveCount(0);
    await page.getByRole("button", { name: "How to read this review" }).click();
    await expect(page.getByRole("region", { name: "How to read this review" })).toBeVisible();
  });

  test("4. desktop: the Previous/Next stepper never covers the text", async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openReview(page, shared.id);
    await dismissGuide(page);
    const stepper = page.getByRole("group", { name: "Move between findings" });
    const text = page.getByRole("region", { name: "Side-by-side comparison" });
    for (const fraction of [0, 0.5, 1]) {
      await page.evaluate((f) => window.scrollTo(0, f * (document.documentElement.scrollHeight - window.innerHeight)), fraction);
      await expect(stepper).toBeInViewport();
      expect(overlaps((await stepper.boundingBox())!, (await text.boundingBox())!), `scrolled to ${fraction}`).toBe(false);
    }
    await stepper.getByRole("button", { name: "Next", exact: true }).click();
    await expect(stepper).toContainText(/^.*1 of \d+/);
  });

  test("4. phone: the stepper shares a bar with 'Findings and filters' and covers neither it nor the text", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openReview(page, shared.id);
    await dismissGuide(page);
    const stepper = page.getByRole("group", { name: "Move between findings" });
    const panelButton = page.getByRole("button", { name: /^Findings and filters/ });
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await stepper.getByRole("button", { name: "Next", exact: true }).click();
    await expect(stepper).toBeInViewport();
    await expect(panelButton).toBeInViewport();
    expect(overlaps((await stepper.boundingBox())!, (await panelButton.boundingBox())!)).toBe(false);
    // What is on top at the button's centre is the button itself, so a tap reaches it.
    const box = (await panelButton.boundingBox())!;
    const onTop = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest("button")?.textContent ?? "", [box.x + box.width / 2, box.y + box.height / 2]);
    expect(onTop).toMatch(/^Findings and filters/);
    // The finding moved to sits below the bar, not under it.
    const focused = page.locator("mark:focus, [data-finding]:focus").first();
    const barBottom = (await stepper.boundingBox())!.y + (await stepper.boundingBox())!.height;
    expect((await focused.boundingBox())!.y).toBeGreaterThan(barBottom);
    await page.screenshot({ path: "test-data/screenshots/review-phone-stepper.png" });
    await panelButton.click();
    await expect(page.getByRole("list", { name: "Findings in document order" })).toBeVisible();
  });

  test("5. a reworded pair shows what both sentences share, with the word diff one toggle away", async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openReview(page, shared.id);
    await dismissGuide(page);
    // The shared example's "Reworded · 35% similar" pair: the Jung Pak interview, rewritten.
    const row = page.locator("[data-row-type='pair']").filter({ hasText: /Reworded · (1[5-9]|[23]\d)% similar/ }).first();
    await row.scrollIntoViewIfNeeded();
    await expect(row.getByText("Reworded: what both sentences share is underlined in blue.")).toBeVisible();
    await expect(row.getByRole("deletion")).toHaveCount(0);
    await expect(row.getByRole("insertion")).toHaveCount(0);
    await row.screenshot({ path: "test-data/screenshots/review-reworded-pair.png" });
    const toggle = row.getByRole("button", { name: "Show word changes" });
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(await row.getByRole("deletion").count()).toBeGreaterThan(0);
    expect(await row.getByRole("insertion").count()).toBeGreaterThan(0);
    await toggle.click();
    await expect(row.getByRole("deletion")).toHaveCount(0);
  });

  test("6. one count each: not in the original, findings, and words (as on the home page)", async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openReview(page, shared.id);
    await dismissGuide(page);
    const perKind = page.getByRole("list", { name: "Findings per kind" });
    const chip = await perKind.getByRole("listitem").filter({ hasText: /Not in the original: \d+$/ }).innerText();
    const notInOriginal = Number(chip.match(/(\d+)$/)![1]);
    // Every row labelled "Not in the original" is one of those counted, and no other row says so.
    await expect(page.getByRole("region", { name: "Side-by-side comparison" }).locator("mark", { hasText: /^Not in the original$/ })).toHaveCount(notInOriginal);
    await expect(page.getByRole("region", { name: "Side-by-side comparison" }).getByText(/No counterpart in the original\.$/)).toHaveCount(notInOriginal);

    // "findings" is one number: the summary line, the per-kind counts and the stepper agree.
    const chips = await perKind.getByRole("listitem").allInnerTexts();
    const total = chips.reduce((sum, text) => sum + Number(text.match(/(\d+)$/)![1]), 0);
    await expect(page.getByText(new RegExp(`${total} findings to check`))).toBeVisible();
    const shown = Number((await page.getByText(/^\d+ shown/).innerText()).match(/^(\d+)/)![1]);
    await expect(page.getByRole("group", { name: "Move between findings" })).toContainText(shown === total ? `${total} findings` : `${shown} of ${total} findings`);

    // Word counts: the review's column headings give what the home page's fields give.
    const reviewWords = await page.getByRole("region", { name: "Side-by-side comparison" }).getByText(/^[\d,]+ words$/).allInnerTexts();
    const pair = readSharedExample();
    await page.goto("/");
    await page.getByRole("textbox", { name: "Original", exact: true }).fill(pair.original);
    await page.getByRole("textbox", { name: "Suspect", exact: true }).fill(pair.suspect);
    const homeWords = await page.getByText(/^[\d,]+ words · /).allInnerTexts();
    expect(homeWords.map((text) => text.split(" · ")[0])).toEqual(reviewWords);
  });

  test("7. 'Fold unchanged sentences' folds the built-in example's identical rows", async ({ page, request }) => {
    const created = await createResult(request, EXAMPLE_PAIR);
    await openReview(page, created.id);
    await dismissGuide(page);
    const identical = await page.getByText("Identical", { exact: true }).count();
    expect(identical).toBeGreaterThanOrEqual(5);
    await page.getByRole("checkbox", { name: "Fold unchanged sentences" }).check();
    await expect(page.getByText("Identical", { exact: true })).toHaveCount(0);
    const folds = page.getByRole("button", { name: /^Show \d+ unchanged sentences?$/ });
    expect(await folds.count()).toBeGreaterThan(0);
    const folded = (await folds.allInnerTexts()).reduce((sum, text) => sum + Number(text.match(/\d+/)![0]), 0);
    expect(folded).toBe(identical);
  });

  test("8. grammar, header aligned with the columns under it, and a short text gets a short minimap", async ({ page, request }) => {
    const one = await createResult(request, {
      original: "The harbour board approved a new crane for the eastern quay on Monday after a long debate.",
      suspect: "The harbour board approved a new crane for the eastern dock on Monday after a long debate.",
    });
    await page.setViewportSize({ width: 1440, height: 900 });
    await openReview(page, one.id);
    await expect(page.getByText(/1 of 1 suspect sentence matches the original/)).toBeVisible();
    await dismissGuide(page);
    const minimap = page.getByTestId("minimap");
    const text = page.getByRole("region", { name: "Side-by-side comparison" });
    expect((await minimap.boundingBox())!.height).toBeLessThanOrEqual((await text.boundingBox())!.height + 1);

    await openReview(page, shared.id);
    const shareLink = page.getByText(/read-only for anyone with the link/);
    const panel = page.getByRole("complementary", { name: "Findings panel" });
    expect(Math.abs((await shareLink.boundingBox())!.x - (await panel.boundingBox())!.x)).toBeLessThanOrEqual(2);
  });

  test("the overview's findings-per-paragraph strip shows where the damage is and goes there", async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openReview(page, shared.id);
    await dismissGuide(page);
    const strip = page.getByRole("list", { name: /Findings per paragraph/ });
    const bars = strip.getByRole("button");
    const paragraphs = readSharedExample().suspect.split("\n").filter((line) => line.trim()).length;
    await expect(bars).toHaveCount(paragraphs);
    const busiest = strip.getByRole("button", { name: /: [1-9]\d* findings?$/ }).first();
    await busiest.click();
    await expect(page.locator("[data-finding]:focus")).toBeInViewport();
  });
});
