// Embedding, custom frameworks, URL options and share links in the release build:
// a host page on another origin embeds the widget and receives its messages (and a host
// that is not the named parent receives nothing but `resize`); custom frameworks served
// to the app (valid, with mistakes, missing, not JSON, too slow, on another origin); a
// framework carrying markup that must stay text; theme, embed, scores=hidden and bad
// options; share links, whole and damaged; and the Embed page's snippet builder.
import { readFileSync } from "node:fs";
import type { FrameLocator, Page } from "@playwright/test";
import { test, expect, openApp, expectCleanPage, expectNoAxeViolations } from "./fixtures";
import { inputsFor, type Framework } from "./pattern";
import { SCOPE, expected, framework, answerGroups, startRole, finish, savedStore } from "./helpers";

const PORT = Number(process.env.E2E_PORT || 4173);
const HOST_PORT = Number(process.env.E2E_HOST_PORT || 4174);
/** The widget, as served by the first web server (playwright.config.ts). */
const APP = `http://127.0.0.1:${PORT}/yardstick/`;
/** The other origin: the repository root, with the example host page in examples/. */
const HOST = `http://127.0.0.1:${HOST_PORT}`;

const fixture = (name: string) => readFileSync(`tests/e2e/fixtures/${name}`, "utf8");
const custom = (name: string): Framework => JSON.parse(fixture(name));

type Message = { type: string; version?: number; [key: string]: unknown };
type Scope = Page | FrameLocator;

/** Answers every screen of `f` with the fixed pattern and finishes, in a page or frame;
 *  `atReview` runs on the review, before Finish. */
async function complete(scope: Scope, f: Framework, atReview?: () => Promise<void>) {
  let k = 0;
  for (const [g, dimension] of f.dimensions.entries()) {
    await expect(scope.getByRole("heading", { level: 2, name: dimension.name })).toBeVisible();
    for (const item of dimension.items) {
      if (item.type === "evidence") {
        // Typed key by key, as a person would (each keystroke is a change to save).
        if (g === 0) await scope.locator(`[id="item-${item.id}"] textarea`).pressSequentially("We shipped it.");
        continue;
      }
      for (const id of inputsFor(item, k)) await scope.locator(`[id="${id}"]`).check();
      k += 1;
    }
    const last = g + 1 === f.dimensions.length;
    await scope.getByRole("button", { name: last ? "Review and finish" : "Next" }).click();
  }
  await expect(scope.getByRole("heading", { level: 1, name: "Review your answers" })).toBeVisible();
  if (atReview) await atReview();
  await scope.getByRole("button", { name: "Finish and see results" }).click();
  await expect(scope.getByRole("heading", { level: 1, name: /Your results/ })).toBeVisible();
}

/** Serves test frameworks at the app's custom/ folder: fixtures by name, plus a missing
 *  file, an HTML page where JSON was expected, and a file that never arrives. */
async function serveCustomFrameworks(page: Page) {
  const asked: string[] = [];
  await page.route("**/yardstick/custom/**", async (route) => {
    const name = new URL(route.request().url()).pathname.split("/").pop()!;
    asked.push(name);
    switch (name) {
      case "missing.json":
        return route.fulfill({ status: 404, contentType: "text/plain", body: "404 Not Found\n" });
      case "not-json.json":
        return route.fulfill({
          status: 200,
          contentType: "text/html",
          body: "<!DOCTYPE html><title>Sign in</title><p>Please sign in to continue.</p>",
        });
      case "slow.json":
        // Never answered: the app must give up by itself.
        return;
      default:
        return route.fulfill({ status: 200, contentType: "application/json", body: fixture(name) });
    }
  });
  return asked;
}

const nav = (page: Page, name: string) =>
  page.getByRole("navigation", { name: "Main" }).getByRole("link", { name, exact: true });

const storageKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).sort());

test.describe("embedded in a page on another origin", () => {
  const hostPage = (extra = "") =>
    `${HOST}/examples/host.html?app=${encodeURIComponent(APP)}&role=engineering-manager${extra}`;
  const received = (page: Page) => page.evaluate(() => (window as unknown as { received: Message[] }).received);

  test("the named parent receives ready, progress and completed with the right scores", async ({ page }) => {
    const f = framework("engineering-manager");
    const want = expected["engineering-manager"];
    const total = f.dimensions.flatMap((d) => d.items).filter((i) => i.type !== "evidence").length;
    await page.goto(hostPage());
    const frame = page.frameLocator("#yardstick");
    // The person is told, in the footer and before Finish, which page gets the result.
    await expect(frame.locator(".site-footer")).toContainText(`your result is sent to ${HOST}`);
    // role= skips the picker: the first screen of questions is already open.
    await complete(frame, f, async () => {
      await expect(frame.getByTestId("sending-notice")).toContainText(`part of a page at ${HOST}`);
      await expect(frame.getByLabel("Include my written examples")).not.toBeChecked();
    });

    // The host page shows what it received.
    await expect(page.locator("#result")).toBeVisible();
    await expect(page.locator("#result-role")).toHaveText(f.title);
    await expect(page.locator("#result-level")).toHaveText(want.overall_level);
    await expect(page.locator("#progress")).toHaveText(`${total} of ${total} questions answered`);
    const shownOverall = Number(await page.locator("#result-overall").textContent());
    expect(Math.abs(shownOverall - want.overall)).toBeLessThanOrEqual(1);

    const messages = await received(page);
    const types = messages.map((m) => m.type);
    expect(types.filter((t) => t !== "yardstick:resize")[0], "the first message with data").toBe("yardstick:ready");
    expect(new Set(types)).toEqual(
      new Set(["yardstick:ready", "yardstick:progress", "yardstick:completed", "yardstick:resize"]),
    );
    for (const m of messages) expect(m.version, `${m.type} carries the message version`).toBe(1);
    expect(messages.find((m) => m.type === "yardstick:ready")!.framework_id).toBe(f.id);
    const progress = messages.filter((m) => m.type === "yardstick:progress");
    expect(progress.length).toBeGreaterThanOrEqual(total);
    // Sent when the count changes, never twice for the same count in a row.
    for (let i = 1; i < progress.length; i++) {
      expect(progress[i].answered, `progress message ${i}`).not.toBe(progress[i - 1].answered);
    }
    for (const p of progress) {
      expect(p.framework_id).toBe(f.id);
      expect(p.total).toBe(total);
      expect(p.answered).toBeGreaterThanOrEqual(1);
      expect(p.answered).toBeLessThanOrEqual(total);
    }
    expect(progress.at(-1)!.answered).toBe(total);
    const completed = messages.filter((m) => m.type === "yardstick:completed");
    expect(completed).toHaveLength(1);
    expect(JSON.stringify(completed[0]), "written examples stay out unless chosen").not.toContain("We shipped it.");

    type Level = { id: string; name: string } | null;
    const doc = completed[0].result as {
      format: string;
      framework: { id: string; version: string; title: string };
      attempt: { framework_id: string; completed_at: number | null };
      result: { overall: number; overall_level: Level; dimensions: { id: string; score: number | null }[] };
    };
    expect(doc.framework.id).toBe(f.id);
    expect(doc.attempt.completed_at).not.toBeNull();
    expect(Math.abs(doc.result.overall - want.overall)).toBeLessThanOrEqual(1);
    expect(doc.result.overall_level?.name).toBe(want.overall_level);
    expect(doc.result.dimensions.map((d) => d.id).sort()).toEqual(Object.keys(want.dimensions).sort());
    for (const d of doc.result.dimensions) {
      expect(d.score, `${d.id} is scored`).not.toBeNull();
      const score = d.score!;
      expect(Math.abs(score - want.dimensions[d.id]), `${d.id}: ${score} vs ${want.dimensions[d.id]}`).toBeLessThanOrEqual(1);
      // The widget's results page shows the core's whole number (never rounded up into a
      // level band not reached), which expected-scores.json holds; the host's table
      // rounds the message's score itself.
      await expect(frame.getByTestId(`dimension-score-${d.id}`)).toHaveText(String(want.dimensions[d.id]));
      await expect(page.locator(`#result-dimensions td[data-dimension="${d.id}"]`)).toHaveText(String(Math.round(score)));
    }
    await expect(frame.getByTestId("overall-score")).toHaveText(String(want.overall));
  });

  for (const [name, parent] of [
    ["another origin is named as the parent", "http://127.0.0.1:9"],
    ["no parent origin is named", "none"],
  ]) {
    test(`when ${name}, the host receives nothing but resize`, async ({ page }) => {
      const f = framework("engineering-manager");
      await page.goto(hostPage(`&parent=${encodeURIComponent(parent)}`));
      const frame = page.frameLocator("#yardstick");
      // The options reached the widget: it is the embedded layout, at the role's questions.
      await expect(page.locator("#yardstick")).toHaveAttribute("src", /embed=1/);
      await complete(frame, f);
      await expect(frame.getByTestId("overall-score")).toHaveText(String(expected["engineering-manager"].overall));
      // Give any stray message time to arrive.
      await page.waitForTimeout(500);
      const types = (await received(page)).map((m) => m.type);
      expect(types.length, "resize messages arrived").toBeGreaterThanOrEqual(1);
      expect(new Set(types)).toEqual(new Set(["yardstick:resize"]));
      await expect(page.locator("#result")).toBeHidden();
      await expect(page.locator("#progress")).toHaveText("No progress yet.");
    });
  }
});

test.describe("the deployer's list of pages that may embed the widget", () => {
  const hostPage = (extra = "") =>
    `${HOST}/examples/host.html?app=${encodeURIComponent(APP)}&role=engineering-manager${extra}`;
  const received = (page: Page) => page.evaluate(() => (window as unknown as { received: Message[] }).received);
  const deployList = (page: Page, origins: string[]) =>
    page.route("**/yardstick/yardstick.config.json", (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify({ allowed_parent_origins: origins }) }),
    );

  test("framed by a page not on the list, the widget does not run and offers its own tab", async ({ page }) => {
    await deployList(page, ["https://intranet.example.com"]);
    const warnings: string[] = [];
    page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
    await page.goto(hostPage());
    const frame = page.frameLocator("#yardstick");
    await expect(frame.getByRole("heading", { level: 1, name: "Yardstick cannot run inside this page" })).toBeVisible();
    await expect(frame.getByRole("alert")).toContainText(HOST);
    const link = frame.getByRole("link", { name: "Open Yardstick in its own tab" });
    await expect(link).toHaveAttribute("href", APP);
    await expect(link).toHaveAttribute("target", "_blank");
    await expect(frame.getByRole("button")).toHaveCount(0);
    await page.waitForTimeout(300);
    const types = new Set((await received(page)).map((m) => m.type));
    expect([...types].filter((t) => t !== "yardstick:resize"), "nothing but resize").toEqual([]);
    expect(warnings.join("\n")).toContain("will not run here");
  });

  test("a listed host receives the result, with the examples when the person includes them", async ({ page }) => {
    await deployList(page, [HOST]);
    const f = framework("engineering-manager");
    await page.goto(hostPage());
    const frame = page.frameLocator("#yardstick");
    await complete(frame, f, async () => {
      await frame.getByLabel("Include my written examples").check();
    });
    await expect(page.locator("#result")).toBeVisible();
    const completed = (await received(page)).filter((m) => m.type === "yardstick:completed");
    expect(completed).toHaveLength(1);
    expect(JSON.stringify(completed[0])).toContain("We shipped it.");
  });

  test("a listed host naming an unlisted receiver gets nothing but resize", async ({ page }) => {
    await deployList(page, [HOST]);
    const f = framework("engineering-manager");
    await page.goto(hostPage(`&parent=${encodeURIComponent("http://127.0.0.1:9")}`));
    const frame = page.frameLocator("#yardstick");
    await complete(frame, f);
    await expect(frame.locator(".site-footer")).toContainText("Nothing is sent anywhere.");
    await page.waitForTimeout(300);
    expect(new Set((await received(page)).map((m) => m.type))).toEqual(new Set(["yardstick:resize"]));
  });
});

test.describe("custom frameworks", () => {
  test("a framework with mistakes lists every problem with its JSON path", async ({ page }) => {
    await serveCustomFrameworks(page);
    await openApp(page, "./?framework=custom/broken.json");
    const alert = page.getByRole("alert").filter({ hasText: "This framework cannot be used" });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText("custom/broken.json");
    await expect(alert).toContainText(/\d+ problems? to fix:/);
    const problems = alert.locator(".problem-list li");
    const paths = await alert.locator(".problem-path").allTextContents();
    // One deliberate mistake per line of broken.json, and the sum of the weights.
    for (const path of [
      "$.colour",
      "$.scales.frequency",
      "$.dimensions[0].weight",
      "$.dimensions[1].expected_level",
      "$.dimensions[1].items[1].text",
      "$.dimensions",
    ]) {
      expect(paths, `a problem at ${path}`).toContain(path);
    }
    await expect(problems).toHaveCount(paths.length);
    for (const text of await problems.allInnerTexts()) {
      // Each path comes with an explanation.
      expect(text.replace(/^\S+\s*/, "").trim().length, `explanation in "${text}"`).toBeGreaterThan(10);
    }
    // The built-in roles still work, and nothing of the broken file was kept.
    await startRole(page, framework("interview-readiness"));
    expect((await storageKeys(page)).filter((k) => k.includes("yardstick.framework."))).toEqual([]);
  });

  test("the error state of a custom framework passes an axe scan", async ({ page }) => {
    await serveCustomFrameworks(page);
    await openApp(page, "./?framework=custom/broken.json");
    await expect(page.getByRole("alert").filter({ hasText: "This framework cannot be used" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("a valid framework opens at its questions, is kept by id and version, and reopens without the option", async ({
    page,
    watch,
  }) => {
    const f = custom("custom-valid.json") as Framework & { version: string };
    const asked = await serveCustomFrameworks(page);
    await page.goto("./?framework=custom/custom-valid.json");
    await expect(page.getByRole("heading", { level: 2, name: f.dimensions[0].name })).toBeVisible();
    await complete(page, f);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Your results: ${f.title}`);
    const overall = await page.getByTestId("overall-score").textContent();
    expect(overall).toMatch(/^\d+$/);

    // Stored under its id and version, as the validated text, with the attempt.
    const key = `${SCOPE}yardstick.framework.${f.id}@${f.version}`;
    expect(await storageKeys(page)).toContain(key);
    expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), key))!)).toEqual(f);
    const state = await savedStore(page);
    expect(state.history.map((a: { framework_id: string; framework_version: string }) => [a.framework_id, a.framework_version])).toEqual([
      [f.id, f.version],
    ]);

    await nav(page, "History").click();
    const group = page.getByRole("region", { name: f.title });
    await expect(group).toBeVisible();
    await expect(group.getByRole("article")).toHaveCount(1);
    await expect(group).toContainText(f.version);

    // A reload without framework= still has it: nothing is fetched again.
    const before = asked.length;
    await openApp(page, "./");
    const card = page.getByRole("article", { name: f.title });
    await expect(card).toContainText(`Custom framework, version ${f.version}`);
    await expect(card).toContainText(f.summary as unknown as string);
    await nav(page, "History").click();
    await page.getByRole("region", { name: f.title }).getByRole("link", { name: /Open results/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Your results: ${f.title}`);
    await expect(page.getByTestId("overall-score")).toHaveText(overall!);
    await nav(page, "Roles").click();
    await page.getByRole("button", { name: `Start ${f.title}` }).click();
    await expect(page.getByRole("heading", { level: 2, name: f.dimensions[0].name })).toBeVisible();
    expect(asked.length, "custom/ requests after the reload").toBe(before);
    await expectCleanPage(page, watch);
  });

  test("a valid framework with weak spots gets collapsed notes for its author, each with its path", async ({ page }) => {
    const f = custom("custom-valid.json") as Framework;
    await serveCustomFrameworks(page);
    await page.goto("./?framework=custom/custom-valid.json");
    await expect(page.getByRole("heading", { level: 2, name: f.dimensions[0].name })).toBeVisible();
    await nav(page, "Roles").click();
    // The lints the core finds in this file (crates/core/tests/lints.rs checks each rule).
    const notes = page.locator("details.framework-notes");
    await expect(notes.locator("summary")).toHaveText("Notes for the framework\u2019s author (12)");
    await expect(notes.locator(".problem-list")).toBeHidden();
    await notes.locator("summary").click();
    // Per area (scenarios and examples missing, advice without addresses or notes), then
    // per item, then the framework-wide key rules, in the order ys-lint prints them.
    await expect(notes.locator(".problem-path")).toHaveText([
      "$.dimensions[0].items",
      "$.dimensions[0].items",
      "$.dimensions[0].development_actions[0]",
      "$.dimensions[0].practice_questions[0]",
      "$.dimensions[0].practice_questions[0]",
      "$.dimensions[0].items[1].text",
      "$.dimensions[0].items[2].responses",
      "$.dimensions[1].items",
      "$.dimensions[1].development_actions[0]",
      "$.dimensions[1].practice_questions[0]",
      "$.dimensions[1].practice_questions[0]",
      "$.dimensions[0].items[2].responses[1].text",
    ]);
    await expect(notes).toContainText("custom/custom-valid.json");
    await expect(notes).toContainText(`\u201c${f.dimensions[1].name}\u201d has no scenario`);
    await expectNoAxeViolations(page);
  });

  test("a missing file and a page that is not JSON each say what went wrong", async ({ page }) => {
    await serveCustomFrameworks(page);
    for (const [file, message] of [
      ["missing.json", "There is no framework file at custom/missing.json (404 not found)."],
      ["not-json.json", "The file is not valid JSON, so it cannot be a framework."],
    ]) {
      await openApp(page, `./?framework=custom/${file}`);
      const alert = page.getByRole("alert").filter({ hasText: "This framework cannot be used" });
      await expect(alert).toContainText(message);
      await expect(alert).toContainText(`custom/${file}`);
      // The rest of the app is unaffected.
      await expect(page.getByRole("button", { name: `Start ${framework("engineering-manager").title}` })).toBeEnabled();
    }
  });

  test("a file that never arrives is given up on after 10 seconds, with an explanation", async ({ page }) => {
    test.setTimeout(40_000);
    await serveCustomFrameworks(page);
    await openApp(page, "./?framework=custom/slow.json");
    await expect(page.getByRole("status").filter({ hasText: "Loading the framework from custom/slow.json" })).toBeVisible();
    const alert = page.getByRole("alert").filter({ hasText: "This framework cannot be used" });
    await expect(alert).toContainText("The framework file at custom/slow.json did not arrive within 10 seconds.", {
      timeout: 15_000,
    });
    await expect(page.getByRole("status").filter({ hasText: "Loading the framework" })).toHaveCount(0);
  });

  test("a framework on another origin is ignored with a console warning and never requested", async ({ page, watch }) => {
    const warnings: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "warning") warnings.push(m.text());
    });
    for (const foreign of [`${HOST}/examples/evil.json`, `//127.0.0.1:${HOST_PORT}/examples/evil.json`]) {
      await openApp(page, `./?framework=${encodeURIComponent(foreign)}`);
      await expect
        .poll(() => warnings.join("\n"))
        .toContain(`Ignored framework=${foreign}: a framework must come from this site, not another origin.`);
      await expect(page.getByRole("alert")).toHaveCount(0);
      await expect(page.getByText("Loading the framework")).toHaveCount(0);
    }
    await page.waitForLoadState("networkidle");
    expect(watch.requests.filter((url) => url.startsWith(HOST))).toEqual([]);
    await expectCleanPage(page, watch);
  });
});

test("a framework carrying <script> and <img onerror> shows it as text and runs none of it", async ({ page, watch }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const f = custom("xss.json") as Framework & { summary: string };
  const raw = JSON.parse(fixture("xss.json"));
  await serveCustomFrameworks(page);
  const inert = async (where: string) => {
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), `__xss on ${where}`).toBeUndefined();
    expect(await page.locator("img").count(), `img elements on ${where}`).toBe(0);
    expect(await page.locator("[onerror]").count(), `onerror attributes on ${where}`).toBe(0);
    expect(
      await page.evaluate(() => [...document.scripts].filter((s) => s.textContent?.includes("__xss")).length),
      `scripts from the framework on ${where}`,
    ).toBe(0);
  };
  await page.goto("./?framework=custom/xss.json");

  // The questions: names, statements, a scenario and an anchored prompt as literal text.
  const first = raw.dimensions[0];
  await expect(page.getByRole("heading", { level: 2, name: first.name })).toContainText(first.name);
  for (const text of [first.items[0].text, first.items[1].text, first.items[2].situation, first.items[2].responses[0].text]) {
    await expect(page.getByText(text, { exact: true }).first()).toBeVisible();
  }
  await inert("the questions");
  await complete(page, f);

  // The results: title, dimension names (radar, bars, table) and development actions.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Your results: ${f.title}`);
  for (const d of raw.dimensions) {
    await expect(page.locator(".scores-table").getByRole("rowheader", { name: d.name, exact: true })).toBeVisible();
  }
  // Three areas: the radar chart is drawn too.
  await expect(page.locator("figure.radar-figure svg[role=img]").first()).toBeVisible();
  await inert("the results");

  // The role card (title and summary) and the Embed page's role list.
  await nav(page, "Roles").click();
  const card = page.getByRole("article", { name: f.title });
  await expect(card.getByRole("heading", { level: 3 })).toHaveText(f.title);
  await expect(card.getByText(f.summary, { exact: true })).toBeVisible();
  await nav(page, "History").click();
  await expect(page.getByRole("heading", { level: 2, name: f.title })).toHaveText(f.title);
  await nav(page, "Embed").click();
  await expect(page.locator("#embed-role option", { hasText: f.title })).toHaveText(f.title);
  await inert("the start, history and embed pages");
  expect(dialogs).toEqual([]);
  await expectCleanPage(page, watch);
});

test.describe("URL options", () => {
  test("theme=dark and theme=light set data-theme; auto leaves it to the system", async ({ page, watch }) => {
    for (const theme of ["dark", "light"]) {
      await openApp(page, `./?theme=${theme}`);
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
    }
    await openApp(page, "./?theme=auto");
    await expect(page.locator("html")).not.toHaveAttribute("data-theme", /.*/);
    await expectCleanPage(page, watch);
  });

  test("embed=1 hides the header and its navigation", async ({ page, watch }) => {
    await openApp(page, "./");
    await expect(nav(page, "History")).toBeVisible();
    await openApp(page, "./?embed=1");
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.locator(".site-header")).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Leadership self-assessment");
    await expectCleanPage(page, watch);
  });

  test("scores=hidden: the results tell the story without a single number", async ({ page, watch }) => {
    const f = framework("interview-readiness");
    await openApp(page, "./?scores=hidden");
    await startRole(page, f);
    await answerGroups(page, f, 0, f.dimensions.length);
    await finish(page);
    const results = page.locator("article.results");
    await expect(results.getByRole("heading", { level: 2, name: "In short" })).toBeVisible();
    await expect(results.locator(".summary-text").first()).not.toBeEmpty();
    await expect(results.getByRole("heading", { name: "Where to grow" })).toBeVisible();
    await expect(page.getByTestId("overall-score")).toHaveCount(0);
    await expect(page.getByTestId("overall-level")).toHaveCount(0);
    await expect(page.locator("[data-testid^=dimension-score-]")).toHaveCount(0);
    await expect(page.getByRole("table")).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Scores by area" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "How this was computed" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Download (JSON|CSV)/ })).toHaveCount(0);
    // A share link would show every score to whoever opens it.
    await expect(page.getByRole("button", { name: "Share a link" })).toHaveCount(0);
    // No digit anywhere in the report but the date line and the scenario review, which
    // quotes the framework's situations (their figures are content, not scores).
    const meta = await results.locator(".results-meta").innerText();
    const review = await results.locator(".scenario-answers").innerText();
    expect(review).toContain("Your scenario answers");
    // Advice is the framework's own text too ("a 45-minute mock interview").
    let text = (await results.innerText()).replace(meta, "").replace(review, "");
    for (const advice of await results.locator(".growth-lists li, .preparation-section li, .example-feedback li").allInnerTexts()) {
      text = text.replace(advice, "");
    }
    expect(text.match(/.{0,40}\d.{0,40}/g), "text with digits outside the date line").toBeNull();

    // History: the card says it is finished, without a score, and nothing is offered
    // that would carry scores (downloads, the whole-history export, comparing).
    await nav(page, "History").click();
    const group = page.getByRole("region", { name: f.title });
    await expect(group).toContainText("Finished. Scores are not shown here.");
    await expect(group).not.toContainText(/\d+ out of 100/);
    await expect(page.getByRole("button", { name: /Download|Export all as JSON|Compare/ })).toHaveCount(0);
    // A comparison's address shows no scores either.
    const state = await savedStore(page);
    const id = state.history[0].id;
    await page.goto(`./?scores=hidden#/compare/${id}/${id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("These attempts cannot be compared");
    await expect(page.getByText("Comparing attempts shows their scores, and this page keeps scores hidden.")).toBeVisible();
    await expectCleanPage(page, watch);
  });

  test("unknown and malformed options are ignored with warnings; the app still works", async ({ page, watch }) => {
    const warnings: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "warning") warnings.push(m.text());
    });
    await openApp(page, "./?theme=purple&bogus=1&role=Not%20A%20Role&embed=maybe");
    await expect.poll(() => warnings.length).toBeGreaterThanOrEqual(4);
    const all = warnings.join("\n");
    expect(all).toContain("Ignored theme=purple: use light, dark or auto.");
    expect(all).toContain('Ignored unknown option "bogus".');
    expect(all).toContain("Ignored role=Not A Role");
    expect(all).toContain("Ignored embed=maybe");
    await expect(page.locator("html")).not.toHaveAttribute("data-theme", /.*/);
    await expect(nav(page, "History")).toBeVisible();
    const f = framework("engineering-manager");
    await startRole(page, f);
    await answerGroups(page, f, 0, 1);
    await expectCleanPage(page, watch);
  });
});

test("a share link shows the same result read-only and stores nothing; damaged links explain", async ({ page, browser }) => {
  const f = framework("engineering-manager");
  const want = expected["engineering-manager"];
  await openApp(page);
  await startRole(page, f);
  await answerGroups(page, f, 0, f.dimensions.length);
  await finish(page);
  await expect(page.getByTestId("overall-score")).toHaveText(String(want.overall));
  const share = page.getByRole("button", { name: "Share a link" });
  await expect(share).toHaveAttribute("aria-expanded", "false");
  await expect(page.locator("#share-panel")).toBeHidden();
  await share.click();
  await expect(share).toHaveAttribute("aria-expanded", "true");
  const input = page.getByLabel("Link to this result");
  await expect(input).toBeVisible();
  const link = await input.inputValue();
  expect(link.startsWith(`${APP}#share=`), link).toBe(true);
  const code = link.slice(`${APP}#share=`.length);
  expect(code).toMatch(/^[A-Za-z0-9_-]+$/);

  // Someone else, with empty storage, opens it.
  const fresh = await browser.newContext();
  try {
    const open = async (url: string) => {
      const viewer = await fresh.newPage();
      await viewer.goto(url);
      await expect(viewer.getByRole("heading", { level: 1 })).toBeVisible();
      return viewer;
    };
    const viewer = await open(link);
    await expect(viewer.getByRole("heading", { level: 1 })).toHaveText(`Shared results: ${f.title}`);
    await expect(viewer.getByRole("status").filter({ hasText: "nothing was saved" })).toBeVisible();
    // A checksum proves the code is intact, not who answered: the view says so.
    await expect(viewer.getByRole("status").filter({ hasText: "nothing was saved" })).toContainText(
      "anyone can make one with any answers, so it shows what these answers score, not who gave them",
    );
    await expect(viewer.getByTestId("overall-score")).toHaveText(String(want.overall));
    for (const [dimension, score] of Object.entries(want.dimensions)) {
      await expect(viewer.getByTestId(`dimension-score-${dimension}`)).toHaveText(String(score));
    }
    await expect(viewer.getByRole("button", { name: /Download/ })).toHaveCount(0);
    expect(await storageKeys(viewer), "storage after viewing a shared result").toEqual([]);

    const mid = Math.floor(code.length / 2);
    const tampered = code.slice(0, mid) + (code[mid] === "A" ? "B" : "A") + code.slice(mid + 1);
    for (const [what, damaged, message] of [
      ["one character changed", tampered, "The share code is damaged: some characters were changed or mistyped."],
      ["cut off", code.slice(0, code.length - 6), "The share code is incomplete; it may have been cut off when it was copied."],
    ]) {
      const broken = await open(`${APP}#share=${damaged}`);
      await expect(broken.getByRole("heading", { level: 1 }), what).toHaveText("This share link cannot be opened");
      await expect(broken.getByRole("alert"), what).toHaveText(message);
      await expect(broken.getByTestId("overall-score")).toHaveCount(0);
    }
    expect(await storageKeys(viewer), "storage after viewing damaged links").toEqual([]);
  } finally {
    await fresh.close();
  }
});

test("the Embed page builds the snippet from the choices, refuses a bad origin, and copies it", async ({
  page,
  context,
  watch,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(APP).origin });
  await openApp(page);
  await nav(page, "Embed").click();
  await expect(page.getByRole("heading", { level: 1, name: "Embed Yardstick in your site" })).toBeFocused();
  const snippet = page.getByLabel("Iframe snippet");
  const iframe = async () => {
    const html = await snippet.inputValue();
    return page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, "text/html");
      const frames = doc.querySelectorAll("iframe");
      const f = frames[0];
      return {
        count: frames.length,
        others: doc.body.children.length - frames.length,
        src: f?.getAttribute("src") ?? "",
        sandbox: f?.getAttribute("sandbox") ?? "",
        allow: f?.getAttribute("allow") ?? "",
        title: f?.getAttribute("title") ?? "",
      };
    }, html);
  };
  const sandbox = "allow-scripts allow-same-origin allow-downloads allow-modals";
  let frame = await iframe();
  expect(frame).toMatchObject({ count: 1, others: 0, src: `${APP}?embed=1`, sandbox });
  expect(frame.title).not.toBe("");

  await page.getByLabel("Role", { exact: true }).selectOption("engineering-manager");
  await page.getByLabel("Dark", { exact: true }).check();
  await page.getByLabel(/Hide scores and levels/).check();
  const origin = page.getByLabel("Host page origin (receives the results)");
  await origin.fill("https://Intranet.Example.com");
  await expect(origin).toHaveAttribute("aria-invalid", "false");
  await expect(snippet).toHaveValue(/parent-origin=/);
  frame = await iframe();
  expect(frame.sandbox).toBe(sandbox);
  const src = new URL(frame.src);
  expect(`${src.origin}${src.pathname}`).toBe(APP);
  expect(Object.fromEntries(src.searchParams)).toEqual({
    embed: "1",
    role: "engineering-manager",
    theme: "dark",
    scores: "hidden",
    "parent-origin": "https://intranet.example.com",
  });
  await expectNoAxeViolations(page);

  // An origin that is not one: said so, and left out of the snippet.
  for (const [bad, why] of [
    ["intranet.example.com", "an origin looks like https://intranet.example.com."],
    ["*", "results are never sent to every origin"],
    ["https://intranet.example.com/path", "an origin has no path"],
  ]) {
    await origin.fill(bad);
    await expect(origin).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#embed-origin-error")).toContainText(`Not used: ${why}`);
    await expect(snippet).not.toHaveValue(/parent-origin/);
  }
  await expectNoAxeViolations(page);
  await origin.fill("https://intranet.example.com");
  await expect(page.locator("#embed-origin-error")).toBeEmpty();

  await page.getByRole("button", { name: "Copy snippet" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Snippet copied." })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await snippet.inputValue());
  await expectCleanPage(page, watch);

  // The snippet's address opens the widget as chosen.
  const chosen = new URL((await iframe()).src);
  await page.goto(chosen.toString());
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("heading", { level: 2, name: framework("engineering-manager").dimensions[0].name })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
});
