import { defineConfig, devices } from "@playwright/test";

/**
 * Browser tests drive the production build (`npm run build` runs first in `npm run test:e2e`)
 * in Debian's Chromium; CHROMIUM_PATH overrides the path where Playwright's own browser is
 * installed instead. E2E_PORT and NEXT_DIST_DIR let several runs share one machine.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "off",
    screenshot: "off",
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    // The production server `npm start` runs (built by `npm run build`).
    command: `node server/dist/server.mjs -p ${port} -H 127.0.0.1`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      UNSPUN_DATA_DIR: process.env.E2E_DATA_DIR ?? `test-data/e2e-${port}`,
      UNSPUN_RATE_LIMIT: process.env.UNSPUN_RATE_LIMIT ?? "0",
      ...(process.env.NEXT_DIST_DIR ? { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR } : {}),
    },
  },
});
