import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { spawnServer } from "./support/spawn-server";

/** Multi-paragraph prose near the limit, every paragraph its own, so the analysis takes seconds. */
function longArticle(variant: string): string {
  const paragraphs: string[] = [];
  for (let i = 1; paragraphs.join("\n\n").length < 185_000; i++) {
    paragraphs.push(
      [
        `The harbour board ${variant} plan ${i} on Tuesday to rebuild pier ${i * 7}, which storms damaged in March ${1990 + (i % 30)}.`,
        `Work on berth ${i} is due to start in the spring and take about ${(i % 5) + 2} years, the board's chairwoman told ${i * 3} reporters.`,
        `Fishing crews from ${i % 40} villages said the delay had cost them ${i * 11} tonnes of landings, and ${i % 9} asked for compensation.`,
      ].join(" "),
    );
  }
  return paragraphs.join("\n\n").slice(0, 190_000);
}

const storedResults = (dataDir: string): number => {
  const db = new Database(path.join(dataDir, "unspun.db"), { readonly: true });
  try {
    return (db.prepare("SELECT count(*) AS n FROM results").get() as { n: number }).n;
  } finally {
    db.close();
  }
};

test("an editor who closes the tab while the form's analysis runs leaves nothing stored", async ({ browser }) => {
  test.setTimeout(90_000);
  const dataDir = path.resolve("test-data", `e2e-hangup-${Date.now()}`);
  const server = await spawnServer({ UNSPUN_DATA_DIR: dataDir, UNSPUN_RATE_LIMIT: "0" });
  try {
    // One finished analysis first: the store exists and the form does store when the editor waits.
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.getByRole("textbox", { name: "Original", exact: true }).fill("The harbour board approved a plan on Tuesday to rebuild the eastern pier.");
    await page.getByRole("textbox", { name: "Suspect", exact: true }).fill("The harbour board backed a plan on Tuesday to rebuild the eastern pier.");
    await page.getByRole("button", { name: "Analyze" }).click();
    await page.waitForURL(/\/r\//, { timeout: 30_000 });
    await page.close();
    expect(storedResults(dataDir)).toBe(1);

    // Then a long pair, and the tab closed as soon as the form is sent.
    const leaving = await browser.newPage();
    await leaving.goto(server.url);
    await leaving.getByRole("textbox", { name: "Original", exact: true }).fill(longArticle("approved"));
    await leaving.getByRole("textbox", { name: "Suspect", exact: true }).fill(longArticle("backed"));
    const sent = leaving.waitForRequest((request) => request.method() === "POST");
    await leaving.getByRole("button", { name: "Analyze" }).click();
    await sent;
    await leaving.close();

    // Long enough for the analysis to have finished and been stored, had it gone on.
    await new Promise((resolve) => setTimeout(resolve, 12_000));
    expect(storedResults(dataDir)).toBe(1);
  } finally {
    await server.stop();
  }
});
