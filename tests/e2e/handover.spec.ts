// The split into two builds in the release build: the page starts with the first-load
// build (start page, questions, review) and loads the build with every view only when
// one of its views is opened, then hands the page over to it. These tests check that the
// first load leaves those files alone, that the review prefetches them, that answers held
// only in memory, the notices and an attempt in progress cross the handover, that a share
// link hands over at once, and that a failed load explains itself and can be retried.
import type { Page } from "@playwright/test";
import { test, expect, openApp, expectCleanPage, expectNoAxeViolations, type Watch } from "./fixtures";
import { expected, framework, answerGroups, startRole, finish } from "./helpers";

/** The all-views files, as absolute URLs, read from the meta the page carries. */
async function allViewsFiles(page: Page) {
  const meta = page.locator('meta[name="yardstick-all-views"]');
  const files = {
    js: await meta.getAttribute("content"),
    wasm: await meta.getAttribute("data-wasm"),
    css: await meta.getAttribute("data-css"),
  };
  for (const [name, path] of Object.entries(files)) expect(path, `the meta names the ${name} file`).toBeTruthy();
  const at = (path: string | null) => new URL(path!, page.url()).href;
  return { js: at(files.js), wasm: at(files.wasm), css: at(files.css) };
}

const requested = (watch: Watch, url: string) => watch.requests.some((r) => r === url);

const nav = (page: Page, name: string) =>
  page.getByRole("navigation", { name: "Main" }).getByRole("button", { name, exact: true });

const WASM_ROUTE = "**/yardstick-all-views-*_bg.wasm";

const blockStorage = (page: Page) =>
  page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });

const scoredIn = (f: ReturnType<typeof framework>, groups: number) =>
  f.dimensions.slice(0, groups).flatMap((d) => d.items).filter((i) => i.type !== "evidence").length;

test("the first load leaves the all-views files alone; History loads them and hands over", async ({ page, watch }) => {
  await openApp(page);
  await expect(page.getByRole("button", { name: /^Start / }).first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  const files = await allViewsFiles(page);
  for (const [name, url] of Object.entries(files)) {
    expect(requested(watch, url), `${name} requested on first load: ${url}`).toBe(false);
  }

  await nav(page, "History").click();
  await expect(page.getByRole("heading", { level: 1, name: "History" })).toBeVisible();
  for (const [name, url] of Object.entries(files)) {
    expect(requested(watch, url), `${name} requested once History opened: ${url}`).toBe(true);
  }
  // The first-load build took itself down: one app on the page, not two.
  await expect(page.locator(".app")).toHaveCount(1);
  await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(1);
  await expect(page.getByText("Opening…")).toHaveCount(0);
  await expect(nav(page, "History")).toHaveAttribute("aria-current", "page");

  await nav(page, "Roles").click();
  await expect(page.getByRole("heading", { level: 1, name: "Leadership self-assessment" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Start / })).toHaveCount(4);
  await expect(nav(page, "Roles")).toHaveAttribute("aria-current", "page");
  await expectCleanPage(page, watch);
});

// The results come right after the review, so the review starts fetching their build:
// without it, Finish would wait for the whole download.
test("reaching the review prefetches the all-views wasm before Finish is clicked", async ({ page, watch }) => {
  const f = framework("interview-readiness");
  await openApp(page);
  const { wasm } = await allViewsFiles(page);
  await startRole(page, f);
  await answerGroups(page, f, 0, f.dimensions.length);
  expect(requested(watch, wasm), "the all-views wasm before the review").toBe(false);
  await page.getByRole("button", { name: "Review and finish" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Review your answers" })).toBeFocused();
  await expect
    .poll(() => requested(watch, wasm), { message: `a request for ${wasm} while the review shows`, timeout: 5_000 })
    .toBe(true);
  await page.getByRole("button", { name: "Finish and see results" }).click();
  await expect(page.getByTestId("overall-score")).toHaveText(String(expected[f.id].overall));
  expect(watch.requests.filter((r) => r === wasm), "the all-views wasm fetched once").toHaveLength(1);
  await expectCleanPage(page, watch);
});

test("blocked storage: answers held only in memory and the notice cross the handover", async ({ page, watch }) => {
  await blockStorage(page);
  const f = framework("senior-technical-manager");
  const want = expected[f.id];
  await openApp(page);
  const notice = page.getByRole("alert").filter({ hasText: "will be gone if you reload" });
  await expect(notice).toBeVisible();
  await startRole(page, f);
  await answerGroups(page, f, 0, f.dimensions.length);
  await finish(page);
  // Nothing could be saved, so these scores come from the answers handed over.
  await expect(page.getByTestId("overall-score")).toHaveText(String(want.overall));
  await expect(page.getByTestId("overall-level")).toContainText(want.overall_level);
  for (const [dimension, score] of Object.entries(want.dimensions)) {
    await expect(page.getByTestId(`dimension-score-${dimension}`)).toHaveText(String(score));
  }
  await expect(notice).toBeVisible();
  await expect(notice).toHaveCount(1);
  // The finished attempt is in the in-memory history of the build that took over.
  await nav(page, "History").click();
  await expect(page.getByRole("heading", { level: 1, name: "History" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Open results/ })).toHaveCount(1);
  await expectCleanPage(page, watch);
});

test("when the all-views files cannot be loaded: why, Back to the roles, and Try again", async ({ page }) => {
  const f = framework("engineering-manager");
  await openApp(page);
  await startRole(page, f);
  await answerGroups(page, f, 0, 1);
  const answered = scoredIn(f, 1);

  // Held until released, so that the loading state can be seen first.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let aborted = 0;
  await page.route(WASM_ROUTE, async (route) => {
    await held;
    aborted += 1;
    await route.abort("connectionrefused");
  });

  const heading = page.getByRole("heading", { level: 1, name: "This page could not be opened" });
  const alert = page.getByRole("alert");
  const tryAgain = page.getByRole("button", { name: "Try again" });
  const back = page.getByRole("button", { name: "Back to the roles" });

  await nav(page, "History").click();
  await expect(page.getByRole("status").filter({ hasText: "Opening…" })).toBeVisible();
  release();
  await expect(heading).toBeFocused();
  await expect(alert).toHaveText(/could not be loaded.* Nothing you have entered is lost\.$/);
  await expect(tryAgain).toBeVisible();
  await expect(back).toBeVisible();
  await expectNoAxeViolations(page);

  // Back to the roles: the first-load build is still running, the attempt still there.
  await back.click();
  await expect(page.getByRole("heading", { level: 1, name: "Leadership self-assessment" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: `${f.title}: in progress` })).toBeVisible();
  await expect(page.getByText(new RegExp(`^${answered} of \\d+ questions answered`))).toBeVisible();

  // A failed load is forgotten: opening the view again asks the network again.
  await nav(page, "History").click();
  await expect(heading).toBeFocused();
  expect(aborted, "wasm requests refused").toBe(2);

  await page.unroute(WASM_ROUTE);
  await tryAgain.click();
  await expect(page.getByRole("heading", { level: 1, name: "History" })).toBeVisible();
  await expect(heading).toHaveCount(0);
  await expect(page.locator(".app")).toHaveCount(1);
  // Nothing entered was lost on the way.
  await nav(page, "Roles").click();
  await expect(page.getByText(new RegExp(`^${answered} of \\d+ questions answered`))).toBeVisible();
});

for (const blocked of [false, true]) {
  test(`an attempt in progress survives the handover${blocked ? " with storage blocked" : ""}`, async ({
    page,
    watch,
  }) => {
    if (blocked) await blockStorage(page);
    const f = framework("technical-program-manager");
    const total = scoredIn(f, f.dimensions.length);
    const answered = scoredIn(f, 2);
    await openApp(page);
    await startRole(page, f);
    await answerGroups(page, f, 0, 2);
    await nav(page, "Roles").click();
    const banner = page.locator(".resume-banner").filter({
      has: page.getByRole("heading", { level: 2, name: `${f.title}: in progress` }),
    });
    const progress = new RegExp(`^${answered} of ${total} questions answered, last saved `);
    // As the first-load build shows it, and then as the build that took over does.
    await expect(banner.getByText(progress)).toBeVisible();
    const before = await banner.locator("p").textContent();

    await nav(page, "History").click();
    await expect(page.getByRole("heading", { level: 1, name: "History" })).toBeVisible();
    await nav(page, "Roles").click();
    await expect(banner).toHaveCount(1);
    await expect(banner.locator("p")).toHaveText(before!);
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: f.title }) });
    await expect(card.getByRole("button", { name: `Resume ${f.title}` })).toBeVisible();

    // Resuming lands on the next unanswered screen, and finishing gives the usual scores.
    await banner.getByRole("button", { name: `Resume ${f.title}` }).click();
    await expect(page.getByRole("heading", { level: 2, name: f.dimensions[2].name })).toBeVisible();
    await answerGroups(page, f, 2, f.dimensions.length);
    await finish(page);
    await expect(page.getByTestId("overall-score")).toHaveText(String(expected[f.id].overall));
    await expectCleanPage(page, watch);
  });
}

test("a share link opened on first load hands over at once and shows the result", async ({ page, watch, browser }) => {
  const f = framework("engineering-manager");
  const want = expected[f.id];
  // Someone else finishes the role and copies the link.
  const sharer = await browser.newContext();
  let link: string;
  try {
    const other = await sharer.newPage();
    await openApp(other);
    await startRole(other, f);
    await answerGroups(other, f, 0, f.dimensions.length);
    await finish(other);
    await other.getByRole("button", { name: "Share a link" }).click();
    link = await other.getByLabel("Link to this result").inputValue();
  } finally {
    await sharer.close();
  }
  expect(link).toMatch(/#share=[A-Za-z0-9_-]+$/);

  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Shared results: ${f.title}`);
  await expect(page.getByTestId("overall-score")).toHaveText(String(want.overall));
  for (const [dimension, score] of Object.entries(want.dimensions)) {
    await expect(page.getByTestId(`dimension-score-${dimension}`)).toHaveText(String(score));
  }
  const { wasm } = await allViewsFiles(page);
  expect(requested(watch, wasm), "the all-views wasm loaded for the shared result").toBe(true);
  await expect(page.locator(".app")).toHaveCount(1);
  expect(await page.evaluate(() => Object.keys(localStorage)), "storage after viewing").toEqual([]);
  await expectCleanPage(page, watch);
});
