// The whole journey a candidate downloads, measured in a real browser: open the page,
// take the Engineering Manager assessment, read the results, open History. Every
// response is recorded and its body compressed with gzip -9 (what a static host such as
// GitHub Pages sends); the total must stay within JOURNEY_BUDGET_KB.
//
// Prints one line per file and the total, and writes them to target/bench/journey.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { test, expect } from "@playwright/test";
import { answerGroups, finish, framework, startRole } from "../e2e/helpers";

const BUDGET_KB = Number(process.env.JOURNEY_BUDGET_KB || 416);

type Row = { path: string; raw: number; gzip: number };

test(`the journey from opening the page to results and history is at most ${BUDGET_KB} KB gzip`, async ({ page }) => {
  const pending: Promise<Row | null>[] = [];
  page.on("response", (response) => {
    pending.push(
      response.body().then(
        (body) => ({ path: new URL(response.url()).pathname, raw: body.length, gzip: gzipSync(body, { level: 9 }).length }),
        () => null, // redirects and aborted requests have no body
      ),
    );
  });

  const em = framework("engineering-manager");
  await page.goto("./");
  await expect(page.locator("#prerendered")).toHaveCount(0);
  await startRole(page, em);
  await answerGroups(page, em, 0, em.dimensions.length);
  await finish(page);
  await page.getByRole("button", { name: "History" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "History" })).toBeVisible();
  await page.waitForLoadState("networkidle");

  // A file fetched again (the icon on every change of address) comes from the cache:
  // count each address once.
  const seen = new Set<string>();
  const rows = (await Promise.all(pending)).filter((r): r is Row => r !== null && !seen.has(r.path) && !!seen.add(r.path));
  const wasm = rows.filter((r) => r.path.endsWith(".wasm"));
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 });
  const kb = (n: number) => (n / 1024).toFixed(1).padStart(8);
  const width = Math.max(...rows.map((r) => r.path.length), 5);
  const lines = [
    `${"file".padEnd(width)}  ${"raw KB".padStart(8)}  ${"gzip KB".padStart(8)}`,
    ...rows.map((r) => `${r.path.padEnd(width)}  ${kb(r.raw)}  ${kb(r.gzip)}`),
    `${"TOTAL".padEnd(width)}  ${kb(total.raw)}  ${kb(total.gzip)}`,
    `journey: ${rows.length} responses, ${wasm.length} wasm module(s), gzip ${(total.gzip / 1024).toFixed(1)} KB of ${BUDGET_KB} KB`,
  ];
  console.log(lines.join("\n"));
  mkdirSync("target/bench", { recursive: true });
  writeFileSync("target/bench/journey.json", JSON.stringify({ budgetKb: BUDGET_KB, total, rows }, null, 2));

  expect(wasm.length, "the journey loads one wasm module").toBe(1);
  expect(total.gzip, `journey gzip bytes (budget ${BUDGET_KB} KB)`).toBeLessThanOrEqual(BUDGET_KB * 1024);
});
