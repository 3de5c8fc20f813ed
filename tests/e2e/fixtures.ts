// Shared Playwright fixtures for Yardstick's end-to-end tests.
//
// `test` here is Playwright's test with a `watch` fixture that records, for the page:
// console errors, uncaught exceptions, Content-Security-Policy violations (both the
// `securitypolicyviolation` DOM event and console messages about the policy), every
// request the page makes, and responses with an error status.
// Call `await expectCleanPage(page, watch)` at the end of a test to assert none of
// those went wrong, and `await expectNoAxeViolations(page)` for an accessibility scan.
import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export { expect };

export type Watch = {
  consoleErrors: string[];
  pageErrors: string[];
  cspConsole: string[];
  requests: string[];
  failedResponses: string[];
  /** Violations reported by the page's securitypolicyviolation listener. */
  cspViolations: (page: Page) => Promise<string[]>;
};

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export const test = base.extend<{ watch: Watch }>({
  watch: async ({ page }, use) => {
    const watch: Watch = {
      consoleErrors: [],
      pageErrors: [],
      cspConsole: [],
      requests: [],
      failedResponses: [],
      cspViolations: async (p) =>
        p.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []),
    };
    // Runs before any page script, outside the page's CSP.
    await page.addInitScript(() => {
      const store: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = store;
      document.addEventListener(
        "securitypolicyviolation",
        (e) => {
          store.push(
            `${e.effectiveDirective} blocked ${e.blockedURI || "(inline)"} at ${e.sourceFile}:${e.lineNumber}` +
              (e.sample ? ` sample=${JSON.stringify(e.sample)}` : ""),
          );
        },
        true,
      );
    });
    page.on("console", (msg) => {
      const text = msg.text();
      if (/content security policy/i.test(text)) watch.cspConsole.push(`${msg.type()}: ${text}`);
      if (msg.type() === "error") watch.consoleErrors.push(text);
    });
    page.on("pageerror", (err) => watch.pageErrors.push(String(err)));
    page.on("request", (req) => watch.requests.push(req.url()));
    page.on("response", (res) => {
      if (res.status() >= 400) watch.failedResponses.push(`${res.status()} ${res.url()}`);
    });
    await use(watch);
  },
});

/** Opens `path` and waits for the app to mount. The built page carries a start page
 *  rendered at build time (with an h1 and inert buttons) until the app removes it, so
 *  wait for that to go, then for the app's heading. */
export async function openApp(page: Page, path = "./") {
  await page.goto(path);
  await expect(page.locator("#prerendered"), "the app mounted in place of the build's start page").toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

/** No console errors, page errors, CSP violations, failed responses, or requests to
 *  any origin but the server's. */
export async function expectCleanPage(page: Page, watch: Watch) {
  const origin = new URL(page.url()).origin;
  const foreign = watch.requests.filter((url) => !url.startsWith(`${origin}/`));
  expect.soft(await watch.cspViolations(page), "CSP violations (securitypolicyviolation)").toEqual([]);
  expect.soft(watch.cspConsole, "console messages about the Content Security Policy").toEqual([]);
  expect.soft(watch.consoleErrors, "console errors").toEqual([]);
  expect.soft(watch.pageErrors, "uncaught page errors").toEqual([]);
  expect.soft(watch.failedResponses, "responses with an error status").toEqual([]);
  expect.soft(foreign, `requests to origins other than ${origin}`).toEqual([]);
  expect(watch.requests.length, "the page made requests").toBeGreaterThan(0);
}

/** axe-core scan for WCAG 2.0/2.1/2.2 A and AA rules; fails listing every violation. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary, "axe-core violations").toEqual([]);
}
