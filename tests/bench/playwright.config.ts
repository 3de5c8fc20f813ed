import { defineConfig } from "@playwright/test";
import { chromiumArgs } from "../../playwright.config";

// The size benchmark's journey (scripts/bench.sh, and the size check in scripts/test.sh):
// one real browser session against the release build, served under a sub-path the way
// GitHub Pages serves it. Kept apart from tests/e2e so its figures are measured alone.
const PORT = Number(process.env.BENCH_JOURNEY_PORT || 4175);
const BASE_PATH = "/yardstick/";

export default defineConfig({
  testDir: ".",
  testMatch: ["journey.spec.ts", "answer-cost.spec.ts"],
  workers: 1,
  retries: 0,
  reporter: "list",
  timeout: 120_000,
  outputDir: "../../test-results/bench",
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    browserName: "chromium",
    launchOptions: {
      executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
      args: chromiumArgs,
    },
  },
  webServer: {
    command: `node tests/e2e/serve-static.mjs --root ${process.env.E2E_DIST || "dist"} --base ${BASE_PATH} --port ${PORT}`,
    cwd: "../..",
    url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    reuseExistingServer: false,
    timeout: 15_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
