// Screens with addresses (README "Addresses"): Back and Forward through the areas, the
// review and the result; a reload on every kind of screen stays there; a result opened
// from its address in a fresh tab; addresses of things that do not exist show the
// "not available" view; inside a host page navigation never adds to the host's history.
import type { Page } from "@playwright/test";
import { test, expect, openApp, expectCleanPage, expectNoAxeViolations } from "./fixtures";
import { framework, answerGroups, startRole, finish } from "./helpers";

const PORT = Number(process.env.E2E_PORT || 4173);
const HOST_PORT = Number(process.env.E2E_HOST_PORT || 4174);
const APP = `http://127.0.0.1:${PORT}/yardstick/`;
const HOST = `http://127.0.0.1:${HOST_PORT}`;

const hash = (page: Page) => new URL(page.url()).hash;
const areaHeading = (page: Page, name: string) => page.getByRole("heading", { level: 2, name });
const mainNav = (page: Page, name: string) =>
  page.getByRole("navigation", { name: "Main" }).getByRole("link", { name, exact: true });

/** The attempt id in an address such as #/assess/<id>/2 or #/results/<id>. */
const attemptIn = (address: string) => decodeURIComponent(address.split("/")[2]);

/** Finishes an attempt without answering (Next through every area), from its first area. */
async function finishUnanswered(page: Page, areas: number) {
  for (let g = 0; g + 1 < areas; g++) await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Review and finish" }).click();
  await page.getByRole("button", { name: "Finish and see results" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Your results/ })).toBeVisible();
}

test("Back and Forward move through the areas, the review and the result", async ({ page, watch }) => {
  const f = framework("engineering-manager");
  const [first, second, third] = f.dimensions.map((d) => d.name);
  await openApp(page);
  await startRole(page, f);
  const attempt = attemptIn(hash(page));
  expect(hash(page)).toBe(`#/assess/${attempt}/1`);
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(areaHeading(page, third)).toBeFocused();
  expect(hash(page)).toBe(`#/assess/${attempt}/3`);

  await page.goBack();
  await expect(areaHeading(page, second)).toBeFocused();
  expect(hash(page)).toBe(`#/assess/${attempt}/2`);
  await page.goBack();
  await expect(areaHeading(page, first)).toBeFocused();
  await page.goForward();
  await expect(areaHeading(page, second)).toBeFocused();
  await page.goBack();
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: "Leadership self-assessment" })).toBeVisible();
  expect(hash(page)).toBe("");
  await page.goForward();
  await expect(areaHeading(page, first)).toBeVisible();

  // The area moved to is saved: Resume returns there.
  await page.goForward();
  await expect(areaHeading(page, second)).toBeFocused();
  await mainNav(page, "Roles").click();
  await page.getByRole("button", { name: `Resume ${f.title}` }).first().click();
  await expect(areaHeading(page, second)).toBeVisible();
  expect(hash(page)).toBe(`#/assess/${attempt}/2`);

  await answerGroups(page, f, 1, f.dimensions.length);
  await page.getByRole("button", { name: "Review and finish" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Review your answers" })).toBeFocused();
  expect(hash(page)).toBe(`#/review/${attempt}`);
  await page.goBack();
  await expect(areaHeading(page, f.dimensions[f.dimensions.length - 1].name)).toBeVisible();
  await page.goForward();
  await expect(page.getByRole("heading", { level: 1, name: "Review your answers" })).toBeFocused();

  await page.getByRole("button", { name: "Finish and see results" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Your results/ })).toBeFocused();
  expect(hash(page)).toBe(`#/results/${attempt}`);
  // Back from the result: the review of a finished attempt names its result.
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: /Your results/ })).toBeVisible();
  expect(hash(page)).toBe(`#/results/${attempt}`);
  await expectCleanPage(page, watch);
});

test("a reload stays on every kind of screen", async ({ page, watch }) => {
  test.slow();
  const f = framework("senior-technical-manager");
  await openApp(page);
  // Two results to compare, a third attempt in progress at its second area.
  const results: string[] = [];
  for (const _ of [1, 2]) {
    await mainNav(page, "Roles").click();
    await startRole(page, f);
    await finishUnanswered(page, f.dimensions.length);
    results.push(attemptIn(hash(page)));
  }
  await mainNav(page, "Roles").click();
  await startRole(page, f);
  await page.getByRole("button", { name: "Next" }).click();
  const inProgress = attemptIn(hash(page));

  const h1 = (name: string | RegExp) => page.getByRole("heading", { level: 1, name });
  const screens: [string, () => ReturnType<Page["getByRole"]>][] = [
    ["#/", () => h1("Leadership self-assessment")],
    [`#/assess/${inProgress}/2`, () => areaHeading(page, f.dimensions[1].name)],
    [`#/review/${inProgress}`, () => h1("Review your answers")],
    [`#/results/${results[0]}`, () => h1(`Your results: ${f.title}`)],
    ["#/history", () => h1("History")],
    [`#/compare/${results[0]}/${results[1]}`, () => h1("Compare two attempts")],
    ["#/data", () => h1("Your data")],
    ["#/embed", () => h1("Embed Yardstick in your site")],
    ["#/nowhere", () => h1("There is nothing at this address")],
  ];
  for (const [address, heading] of screens) {
    await page.goto(`./${address}`);
    await expect(heading(), address).toBeVisible();
    await page.reload();
    // At #/ the build's start page has the same heading: judge the app's, once mounted.
    await expect(page.locator("#prerendered"), `${address}: the app mounted`).toHaveCount(0);
    await expect(heading(), `${address} after a reload`).toBeVisible();
    expect(hash(page), address).toBe(address === "#/" ? "#/" : address);
  }
  // A share link too: copied from the result, reloaded.
  await page.goto(`./#/results/${results[0]}`);
  await page.getByRole("button", { name: "Share a link" }).click();
  const link = await page.getByLabel("Link to this result").inputValue();
  await page.goto(link);
  await expect(h1(`Shared results: ${f.title}`)).toBeVisible();
  await page.reload();
  await expect(h1(`Shared results: ${f.title}`)).toBeVisible();
  await expectCleanPage(page, watch);
});

test("a result and the history open from their addresses in a fresh tab", async ({ page, context, watch }) => {
  const f = framework("interview-readiness");
  await openApp(page);
  await startRole(page, f);
  await finishUnanswered(page, f.dimensions.length);
  const address = hash(page);

  // The history's "Open results" and the main navigation are real links.
  await mainNav(page, "History").click();
  const open = page.getByRole("link", { name: /^Open results/ });
  await expect(open).toHaveAttribute("href", address);
  await expect(mainNav(page, "History")).toHaveAttribute("href", "#/history");
  await expect(mainNav(page, "History")).toHaveAttribute("aria-current", "page");

  const fresh = await context.newPage();
  await fresh.goto(`./${address}`);
  await expect(fresh.getByRole("heading", { level: 1, name: `Your results: ${f.title}` })).toBeVisible();
  await fresh.goto("./#/history");
  await expect(fresh.getByRole("region", { name: f.title }).getByRole("article")).toHaveCount(1);

  // A modified click leaves the link to the browser: a new tab, this one unchanged.
  const [opened] = await Promise.all([context.waitForEvent("page"), open.click({ modifiers: ["ControlOrMeta"] })]);
  await opened.waitForLoadState();
  expect(new URL(opened.url()).hash).toBe(address);
  await expect(opened.getByRole("heading", { level: 1, name: `Your results: ${f.title}` })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "History" })).toBeVisible();
  await expectCleanPage(page, watch);
});

test("addresses of things that do not exist show why, never a broken page", async ({ page, watch }) => {
  const f = framework("technical-program-manager");
  await openApp(page);
  await startRole(page, f);
  const inProgress = attemptIn(hash(page));
  await finishUnanswered(page, f.dimensions.length);
  const deleted = attemptIn(hash(page));

  // Delete the result, then follow its old address.
  await mainNav(page, "History").click();
  await page.getByRole("button", { name: /^Delete/ }).click();
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await page.goto(`./#/results/${deleted}`);
  await expect(page.getByRole("heading", { level: 1, name: "We could not find this result" })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Back to the roles" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Leadership self-assessment" })).toBeVisible();
  expect(hash(page)).toBe("#/");

  // An attempt in progress, at an area its role does not have.
  await startRole(page, f);
  const attempt = attemptIn(hash(page));
  await page.goto(`./#/assess/${attempt}/99`);
  await expect(page.getByRole("heading", { level: 1, name: "This area does not exist" })).toBeVisible();
  await expect(page.getByRole("alert")).toHaveText(
    `${f.title} has ${f.dimensions.length} areas; this address asks for area 99.`,
  );
  // Its real areas are still there, and the bad address did not move it.
  await page.goto(`./#/assess/${attempt}`);
  await expect(areaHeading(page, f.dimensions[0].name)).toBeVisible();
  expect(hash(page)).toBe(`#/assess/${attempt}/1`);

  for (const [address, title] of [
    ["#/assess/no-such-attempt/1", "This attempt is no longer in progress"],
    ["#/review/no-such-attempt", "This attempt is no longer in progress"],
    [`#/compare/${deleted}/${inProgress}`, "These attempts cannot be compared"],
    ["#/results/", "There is nothing at this address"],
    ["#/assess/x/0", "There is nothing at this address"],
    ["#/%E0%A4%A", "There is nothing at this address"],
  ]) {
    await page.goto(`./${address}`);
    await expect(page.getByRole("heading", { level: 1, name: title }), address).toBeVisible();
  }
  await expectCleanPage(page, watch);
});

test("inside a host page, moving between screens never adds to the host's history", async ({ page, watch }) => {
  const f = framework("engineering-manager");
  await page.goto(`${HOST}/examples/host.html?app=${encodeURIComponent(APP)}&role=${f.id}`);
  const frame = page.frameLocator("#yardstick");
  await expect(frame.getByRole("heading", { level: 2, name: f.dimensions[0].name })).toBeVisible();
  const before = await page.evaluate(() => history.length);
  const widget = () => page.frames().find((fr) => fr.url().startsWith(APP))!;

  await frame.getByRole("button", { name: "Next" }).click();
  await frame.getByRole("button", { name: "Next" }).click();
  await expect(frame.getByRole("heading", { level: 2, name: f.dimensions[2].name })).toBeVisible();
  await frame.getByRole("button", { name: "Back" }).click();
  await expect(frame.getByRole("heading", { level: 2, name: f.dimensions[1].name })).toBeVisible();
  // The frame's address follows, for a reload of the frame.
  expect(new URL(widget().url()).hash).toMatch(/^#\/assess\/[^/]+\/2$/);
  for (let g = 1; g + 1 < f.dimensions.length; g++) await frame.getByRole("button", { name: "Next" }).click();
  await frame.getByRole("button", { name: "Review and finish" }).click();
  await frame.getByRole("button", { name: "Finish and see results" }).click();
  await expect(frame.getByRole("heading", { level: 1, name: /Your results/ })).toBeVisible();
  await frame.getByRole("button", { name: "History", exact: true }).click();
  await expect(frame.getByRole("heading", { level: 1, name: "History" })).toBeVisible();

  expect(await page.evaluate(() => history.length), "the host's history length").toBe(before);
  expect(new URL(widget().url()).hash).toBe("#/history");
  // Nothing the pages asked for failed. The example host has no favicon: Chromium's own
  // request for it (not one Playwright reports) may log the only console error.
  expect(watch.failedResponses).toEqual([]);
  const notFavicon = watch.consoleErrors.filter(
    (e, i) => !(i === 0 && e === "Failed to load resource: the server responded with a status of 404 (Not Found)"),
  );
  expect(notFavicon).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
  expect(await watch.cspViolations(page)).toEqual([]);
});

test("with embed=1 the app replaces its history entry instead of adding one", async ({ page, watch }) => {
  const f = framework("engineering-manager");
  await openApp(page, "./?embed=1");
  const before = await page.evaluate(() => history.length);
  await startRole(page, f);
  await page.getByRole("button", { name: "Next" }).click();
  await expect(areaHeading(page, f.dimensions[1].name)).toBeFocused();
  expect(hash(page)).toMatch(/^#\/assess\/[^/]+\/2$/);
  expect(new URL(page.url()).searchParams.get("embed"), "the options stay").toBe("1");
  expect(await page.evaluate(() => history.length)).toBe(before);
  await page.reload();
  await expect(areaHeading(page, f.dimensions[1].name)).toBeVisible();
  await expectCleanPage(page, watch);
});
