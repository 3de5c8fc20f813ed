// The app shell, as a visitor gets it from the release build served under a sub-path.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { test, expect, openApp, expectCleanPage, expectNoAxeViolations } from "./fixtures";

test("the shell mounts with no errors, CSP violations or foreign requests", async ({ page, watch }) => {
  await openApp(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Leadership self-assessment");
  await expect(page.getByRole("banner")).toContainText("Yardstick");
  await expect(page.getByRole("contentinfo")).toContainText("Your answers stay in this browser");
  await expect(page).toHaveTitle(/Yardstick/);
  // Let late requests and console messages arrive before judging.
  await page.waitForLoadState("networkidle");
  await expectCleanPage(page, watch);
});

test("the built page carries a strict Content-Security-Policy that allows its loader", async ({ page, watch }) => {
  await openApp(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(csp).toBeTruthy();
  const policy = csp!;
  expect(policy).toContain("'wasm-unsafe-eval'");
  expect(policy).not.toContain("unsafe-inline");
  expect(policy).not.toContain("{{");
  for (const directive of [
    "default-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ]) {
    expect(policy).toContain(directive);
  }
  // Every inline script of the served HTML (as the browser hashes it) is allowed by hash.
  const html = await (await page.request.get("./")).text();
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter((m) => !/\ssrc=/.test(m[1]));
  expect(inline.length, "Trunk's inline module loader").toBeGreaterThan(0);
  for (const [, , text] of inline) {
    const hash = createHash("sha256").update(text.replace(/\r\n?/g, "\n"), "utf8").digest("base64");
    expect(policy).toContain(`'sha256-${hash}'`);
  }
  await expectCleanPage(page, watch);
});

test("scripts and styles carry subresource integrity and hashed names", async ({ page }) => {
  await page.goto("./");
  const refs = await page.locator('link[rel="modulepreload"], link[rel="preload"], link[rel="stylesheet"]').evaluateAll(
    (links) => links.map((l) => ({ href: l.getAttribute("href") ?? "", integrity: l.getAttribute("integrity") ?? "" })),
  );
  expect(refs.length).toBeGreaterThanOrEqual(3);
  for (const { href, integrity } of refs) {
    expect(href, "relative URL").toMatch(/^\.\//);
    // Trunk's file hash is a u64 in hex without leading zeros.
    expect(href, "hashed file name").toMatch(/-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/);
    expect(integrity, `integrity of ${href}`).toMatch(/^sha(256|384|512)-/);
  }
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe-core finds no WCAG A/AA violations (${colorScheme})`, async ({ page, watch }) => {
    await page.emulateMedia({ colorScheme });
    await openApp(page);
    await expectNoAxeViolations(page);
    await expectCleanPage(page, watch);
  });
}

test("no horizontal scrolling at 320px wide", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openApp(page);
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
});

test("the built-in frameworks are published next to the page", async ({ page, watch }) => {
  const source = "frameworks/engineering-manager.json";
  test.skip(!existsSync(source), `${source} is not in the repository yet`);
  await openApp(page);
  // Fetched by the page itself, relative to it, so the CSP's connect-src applies too.
  const res = await page.evaluate(async () => {
    const r = await fetch("./frameworks/engineering-manager.json");
    return { status: r.status, type: r.headers.get("content-type") ?? "", body: await r.text() };
  });
  expect(res.status).toBe(200);
  expect(res.type).toContain("application/json");
  // Published without white space (scripts/post-build.mjs), with the same content.
  expect(res.body).toBe(JSON.stringify(JSON.parse(readFileSync(source, "utf8"))));
  expect(JSON.parse(res.body).id).toBe("engineering-manager");
  // An earlier version is published from the archive for results taken with it.
  const archived = await page.evaluate(async () => {
    const r = await fetch("./frameworks/archive/engineering-manager/1.0.0.json");
    return { status: r.status, body: await r.text() };
  });
  expect(archived.status).toBe(200);
  expect(JSON.parse(archived.body)).toEqual(
    JSON.parse(readFileSync("frameworks/archive/engineering-manager/1.0.0.json", "utf8")),
  );
  await expectCleanPage(page, watch);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a noscript message explains what is needed", async ({ page }) => {
    await page.goto("./");
    await expect(page.getByRole("heading", { name: "Yardstick needs JavaScript" })).toBeVisible();
  });
});
