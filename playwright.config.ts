import { defineConfig } from "@playwright/test";

// End-to-end tests run against the release build in dist/, served by a plain static
// server under a sub-path, the way GitHub Pages serves a project site.
// Build first: trunk build --release --offline (scripts/test.sh does it).
const PORT = Number(process.env.E2E_PORT || 4173);
const BASE_PATH = "/yardstick/";
// A second origin for the embedding tests: the repository root, so the example host page
// is at /examples/host.html. (serve-static wants an index.html at its root, which
// examples/ does not have.)
export const HOST_PORT = Number(process.env.E2E_HOST_PORT || 4174);

// Debian's Chromium, never a downloaded browser. These flags keep it off the network:
// the machines this runs on have none beyond package registries.
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-dev-shm-usage",
];

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: "list",
  timeout: 30_000,
  outputDir: "test-results",
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    browserName: "chromium",
    launchOptions: {
      executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
      args: chromiumArgs,
    },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  webServer: [
    {
      command: `node tests/e2e/serve-static.mjs --root ${process.env.E2E_DIST || "dist"} --base ${BASE_PATH} --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
      reuseExistingServer: false,
      timeout: 15_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: `node tests/e2e/serve-static.mjs --root . --base / --port ${HOST_PORT}`,
      url: `http://127.0.0.1:${HOST_PORT}/examples/host.html`,
      reuseExistingServer: false,
      timeout: 15_000,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
