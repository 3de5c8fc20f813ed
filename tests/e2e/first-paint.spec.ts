// Instant first paint (issue 10, item 2): the built index.html carries the start page
// of a first visit, rendered at build time from the same manifest the app uses, so a
// visitor reads the role cards before the WebAssembly arrives; the app replaces it on
// mount with the same words in the same boxes. A deep link or an embedded page hides it
// until the app is up. The whole journey fetches one wasm module.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { test, expect, openApp, expectCleanPage } from "./fixtures";
import { ROLES, answerGroups, expected, finish, framework, startRole } from "./helpers";

const START_HEADING = "Leadership self-assessment";

type RoleFile = {
  id: string;
  title: string;
  summary: string;
  dimensions: { items: { type: string }[] }[];
};

/** What a role card shows, worked out here from frameworks/*.json, not from the build. */
// The minutes are computed by the core from the words (docs/framework-format.md, Length).
const minutesOf = (id: string): number => expected[id].minutes;

const cards = ROLES.map((id) => {
  const f: RoleFile = JSON.parse(readFileSync(`frameworks/${id}.json`, "utf8"));
  const questions = f.dimensions.flatMap((d) => d.items).filter((i) => i.type !== "evidence").length;
  const areas = f.dimensions.length;
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return {
    id,
    title: f.title,
    summary: f.summary,
    meta: `${count(questions, "question", "questions")} in ${count(areas, "area", "areas")} · about ${count(minutesOf(id), "minute", "minutes")}`,
    button: `Start ${f.title}`,
  };
});

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** The texts of every role card on the page, in order. */
async function shownCards(page: Page) {
  return page.locator("li.role-card").evaluateAll((items) =>
    items.map((li) => ({
      id: li.querySelector("h3")?.id.replace(/^role-/, ""),
      title: li.querySelector("h3")?.textContent,
      summary: li.querySelector("article > p:not(.role-meta):not(.role-badge)")?.textContent,
      meta: li.querySelector(".role-meta")?.textContent,
      button: li.querySelector(".role-actions button")?.textContent,
    })),
  );
}

/** Where the start heading, the role cards and their headings are laid out. */
async function layout(page: Page) {
  return page.evaluate(async () => {
    await document.fonts.ready;
    const box = (e: Element | null) => {
      if (!e) return null;
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    return {
      h1: box(document.querySelector("h1")),
      headings: [...document.querySelectorAll(".role-card h3")].map(box),
      cards: [...document.querySelectorAll(".role-card")].map(box),
      main: box(document.querySelector("main")),
    };
  });
}

/** Holds every .wasm response until `release()`, so the page shows what the build wrote
 *  for as long as a test needs it to. */
async function holdWasm(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const requested: string[] = [];
  await page.route(/\.wasm$/, async (route) => {
    requested.push(route.request().url());
    await released;
    await route.continue();
  });
  return { release, requested };
}

test("dist/index.html carries the start page with one card per built-in role", async () => {
  const html = readFileSync(join(process.env.E2E_DIST || "dist", "index.html"), "utf8");
  expect(html, "the placeholder was replaced").not.toMatch(/<div id="?prerendered"?><\/div>/);
  expect(html.match(/id="prerendered"/g), "one prerendered page").toHaveLength(1);
  const start = html.indexOf('id="prerendered"');
  const page = html.slice(start);
  expect(page).toContain(`<h1 id="start-heading">${START_HEADING}</h1>`);
  expect(page.match(/<li class="role-card">/g)).toHaveLength(cards.length);
  // In manifest order, each with its title, summary, counts and start button.
  let at = 0;
  for (const card of cards) {
    const heading = `<h3 id="role-${card.id}">${escapeHtml(card.title)}</h3>`;
    const found = page.indexOf(heading, at);
    expect(found, `${card.id} after the previous card`).toBeGreaterThan(at);
    const next = page.indexOf("</li>", found);
    const body = page.slice(found, next);
    expect(body).toContain(`<p>${escapeHtml(card.summary)}</p>`);
    expect(body).toContain(`<p class="role-meta">${escapeHtml(card.meta)}</p>`);
    expect(body).toContain(`>${escapeHtml(card.button)}</button>`);
    at = next;
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the start page and its role cards are there to read", async ({ page }) => {
    await page.goto("./");
    await expect(page.getByRole("heading", { level: 1, name: START_HEADING })).toBeVisible();
    await expect(page.getByRole("article")).toHaveCount(cards.length);
    for (const card of cards) {
      const article = page.getByRole("article", { name: card.title, exact: true });
      await expect(article).toBeVisible();
      await expect(article).toContainText(card.summary);
      await expect(article.locator(".role-meta")).toHaveText(card.meta);
      await expect(article.getByRole("button", { name: card.button, exact: true })).toBeVisible();
    }
    expect(await shownCards(page)).toEqual(cards);
  });
});

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 360, height: 740 },
]) {
  test(`the app replaces the start page with the same cards in the same places (${viewport.width}px)`, async ({
    page,
    watch,
  }) => {
    await page.setViewportSize(viewport);
    // Layout shifts of elements that stay on the page (Lighthouse's CLS counts these).
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { __shifts: number[] }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: "layout-shift", buffered: true });
    });
    const wasm = await holdWasm(page);
    // The held wasm is preloaded, so the load event waits for it.
    await page.goto("./", { waitUntil: "domcontentloaded" });

    // Before the app: what the build wrote.
    const prerendered = page.locator("#prerendered");
    await expect(prerendered).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: START_HEADING })).toBeVisible();
    await expect.poll(() => wasm.requested.length, "the wasm was asked for").toBeGreaterThan(0);
    expect(await shownCards(page)).toEqual(cards);
    const textBefore = await page.locator(".app").innerText();
    const before = await layout(page);
    expect(before.headings).toHaveLength(cards.length);
    for (const box of [before.h1, ...before.headings, ...before.cards]) {
      expect(box?.width, "laid out").toBeGreaterThan(0);
      expect(box?.height, "laid out").toBeGreaterThan(0);
    }
    await expect(prerendered, "still the build's page when measured").toHaveCount(1);

    // The app mounts in its place.
    wasm.release();
    await expect(prerendered).toHaveCount(0);
    await expect(page.locator(".app")).toHaveCount(1);
    await expect(page.getByRole("heading", { level: 1, name: START_HEADING })).toBeVisible();
    // The app's own frame: its navigation is links, the build's is inert buttons.
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "History" })).toBeVisible();
    expect(await shownCards(page)).toEqual(cards);
    expect(await page.locator(".app").innerText(), "the same words").toBe(textBefore);
    expect(await layout(page), "the same boxes: no layout shift").toEqual(before);
    expect(await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts)).toEqual([]);

    await page.waitForLoadState("networkidle");
    await expectCleanPage(page, watch);
  });
}

test("a deep link never shows the start page before the app and ends on its screen", async ({ page, watch }) => {
  const wasm = await holdWasm(page);
  await page.goto("./#/history", { waitUntil: "domcontentloaded" });
  await expect.poll(() => wasm.requested.length).toBeGreaterThan(0);
  // The build's page is there but hidden: nothing of it is shown or read out.
  await expect(page.locator("html")).toHaveClass(/\bskip-prerendered\b/);
  await expect(page.locator("#prerendered")).toHaveCount(1);
  expect(await page.locator("#prerendered").evaluate((e) => getComputedStyle(e).visibility)).toBe("hidden");
  await expect(page.getByRole("heading", { level: 1, name: START_HEADING })).toBeHidden();
  await expect(page.getByRole("button", { name: cards[0].button })).toBeHidden();

  wasm.release();
  await expect(page.getByRole("heading", { level: 1, name: "History" })).toBeVisible();
  await expect(page.locator("#prerendered")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1, name: START_HEADING })).toHaveCount(0);
  await page.waitForLoadState("networkidle");
  await expectCleanPage(page, watch);
});

for (const [address, hidden] of [
  ["./?embed=1", true],
  ["./#share=AAAA", true],
  ["./#/results/x", true],
  ["./#/", false],
  ["./?theme=dark", false],
] as const) {
  test(`before the app, the start page is ${hidden ? "hidden" : "shown"} at ${address}`, async ({ page }) => {
    const wasm = await holdWasm(page);
    await page.goto(address, { waitUntil: "domcontentloaded" });
    await expect.poll(() => wasm.requested.length).toBeGreaterThan(0);
    await expect(page.locator("#prerendered")).toHaveCount(1);
    const visibility = await page.locator("#prerendered").evaluate((e) => getComputedStyle(e).visibility);
    expect(visibility).toBe(hidden ? "hidden" : "visible");
    wasm.release();
    await expect(page.locator("#prerendered")).toHaveCount(0);
  });
}

test("the whole journey fetches one wasm module, once", async ({ page, watch }) => {
  const f = framework("engineering-manager");
  await openApp(page);
  await startRole(page, f);
  await answerGroups(page, f, 0, f.dimensions.length);
  await finish(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "History", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "History" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  const wasm = watch.requests.filter((url) => new URL(url).pathname.endsWith(".wasm"));
  expect(new Set(wasm).size, `wasm modules: ${wasm.join(", ")}`).toBe(1);
  expect(wasm, "the preload and the loader share one request").toHaveLength(1);
  await expectCleanPage(page, watch);
});
