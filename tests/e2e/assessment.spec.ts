// Taking an assessment end to end in the release build: every built-in role with a
// fixed answer pattern (the displayed scores must equal what the core computes), resume
// after a reload, keyboard-only completion, storage faults, and two tabs at once.
import { readFileSync } from "node:fs";
import { test, expect, openApp, expectCleanPage, expectNoAxeViolations } from "./fixtures";
import { inputsFor, type Framework } from "./pattern";
import { ROLES, SCOPE, expected, framework, answerGroups, startRole, finish, savedStore } from "./helpers";

for (const role of ROLES) {
  test(`${role}: completing it shows the overall score the core computes`, async ({ page, watch }) => {
    const f = framework(role);
    await openApp(page);
    await startRole(page, f);
    await answerGroups(page, f, 0, f.dimensions.length);
    await expect(page.getByText(/answered/).first()).toContainText(
      `${f.dimensions.flatMap((d) => d.items).filter((i) => i.type !== "evidence").length} of`,
    );
    await finish(page);
    const want = expected[role];
    const overall = page.getByTestId("overall-score");
    await expect(overall).toHaveText(String(want.overall));
    await expect(page.getByTestId("overall-level")).toContainText(want.overall_level);
    // Statements that did not apply are counted apart from those declined.
    expect(want.coverage).toMatch(/statements? did not apply; you preferred not to answer \d+\.$/);
    await expect(page.getByText(want.coverage)).toBeVisible();
    for (const [dimension, score] of Object.entries(want.dimensions)) {
      await expect(page.getByTestId(`dimension-score-${dimension}`)).toHaveText(String(score));
      // Each score carries its likely range, and the range holds the score.
      const range = (await page.getByTestId(`dimension-range-${dimension}`).textContent())!.trim();
      const [low, high] = range.split("\u2013").map(Number);
      expect(low).toBeLessThanOrEqual(Number(score));
      expect(high).toBeGreaterThanOrEqual(Number(score));
    }
    await expect(page.getByTestId("overall-range")).toHaveText(/^, likely \d+\u2013\d+$/);
    await expectCleanPage(page, watch);
  });
}

test("the neutral 'meets' profile of the Engineering Manager reads 'Meets the bar', with ranges", async ({ page }) => {
  // Every anchored question "Meets the bar", every statement the middle of its scale,
  // every scenario its two middle responses in the key's order (docs/scoring.md).
  const f = framework("engineering-manager") as Framework & {
    dimensions: { items: { type: string; id: string; responses?: { effectiveness: number }[] }[] }[];
  };
  const neutral = (item: { type: string; id: string; responses?: { effectiveness: number }[] }): string[] => {
    if (item.type === "behaviour") return [`${item.id}-2`];
    if (item.type === "anchored") return [`${item.id}-1`];
    if (item.type === "scenario") {
      const index = (grade: number) => item.responses!.findIndex((r) => r.effectiveness === grade);
      return [`${item.id}-most-${index(3)}`, `${item.id}-least-${index(2)}`];
    }
    return [];
  };
  await openApp(page);
  await startRole(page, f);
  await answerGroups(page, f, 0, f.dimensions.length, (item) => neutral(item as never));
  await finish(page);
  await expect(page.getByTestId("overall-level")).toContainText("Meets the bar");
  await expect(page.getByTestId("overall-range")).toHaveText(/^, likely \d+\u2013\d+$/);
  for (const d of f.dimensions) {
    await expect(page.getByTestId(`dimension-range-${d.id}`)).toHaveText(/^\d+\u2013\d+$/);
  }
  await expect(page.locator("path.radar-range").first()).toBeAttached();
});

test("start, question, review and results views pass an axe scan", async ({ page }) => {
  // Four full-page scans plus a whole role: the longest test here, so it gets more time.
  test.slow();
  const f = framework("senior-technical-manager");
  await openApp(page);
  await expectNoAxeViolations(page);
  await startRole(page, f);
  await expectNoAxeViolations(page);
  // A scenario screen too, with one pick made (the other group's twin is disabled).
  const withScenario = f.dimensions.findIndex((d) => d.items.some((i) => i.type === "scenario"));
  await answerGroups(page, f, 0, withScenario);
  const scenario = f.dimensions[withScenario].items.find((i) => i.type === "scenario")!;
  await page.locator(`[id="${scenario.id}-most-2"]`).check();
  await expect(page.locator(`[id="${scenario.id}-least-2"]`)).toBeDisabled();
  await expectNoAxeViolations(page);
  await answerGroups(page, f, withScenario, f.dimensions.length);
  await page.getByRole("button", { name: "Review and finish" }).click();
  // The optional last question keeps focus where it is picked (the page is not rebuilt).
  const care = page.getByRole("group", { name: /How carefully did you answer\?/ });
  await care.getByLabel("Mostly carefully").check();
  await expect(care.getByLabel("Mostly carefully")).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Finish and see results" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Your results/ })).toBeVisible();
  await expect(page.locator(".second-look")).toContainText("you said: \u201cMostly carefully\u201d");
  await expectNoAxeViolations(page);
  // Every answered scenario explains itself once opened: the key's order, the person's
  // two picks, the reasons. Scanned open, with the growth areas' notes on answering.
  const scenarios = f.dimensions.flatMap((d) => d.items).filter((i) => i.type === "scenario");
  const reviews = page.locator("details.scenario-review");
  await expect(reviews).toHaveCount(scenarios.length);
  await reviews.first().locator("summary").click();
  const first = reviews.first();
  await expect(first.locator(".key-grade")).toHaveText(["Most effective", "Effective", "Less effective", "Least effective"]);
  await expect(first.locator(".your-pick")).toHaveCount(2);
  await expect(first.locator(".key-rationale")).toHaveCount(4);
  await expect(page.locator(".practice-notes").first()).toContainText("A strong answer shows");
  await expectNoAxeViolations(page);
});

test("reloading half-way stays at the same screen with every answer, and Resume returns there", async ({ page }) => {
  const f = framework("engineering-manager");
  await openApp(page);
  await startRole(page, f);
  await answerGroups(page, f, 0, 3);
  await expect(page.getByRole("heading", { level: 2, name: f.dimensions[3].name })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: f.dimensions[3].name })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Roles" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /in progress/ })).toBeVisible();
  await page.getByRole("button", { name: `Resume ${f.title}` }).first().click();
  await expect(page.getByRole("heading", { level: 2, name: f.dimensions[3].name })).toBeVisible();
  // Answers from before the reload are still checked.
  await page.getByRole("button", { name: "Back" }).click();
  const first = f.dimensions[2].items.find((i) => i.type === "behaviour")!;
  const k = f.dimensions.slice(0, 2).flatMap((d) => d.items).filter((i) => i.type !== "evidence").length;
  await expect(page.locator(`[id="${inputsFor(first, k)[0]}"]`)).toBeChecked();
  await page.getByRole("button", { name: "Next" }).click();
  await answerGroups(page, f, 3, f.dimensions.length);
  await finish(page);
  await expect(page.getByTestId("overall-score")).toHaveText(String(expected["engineering-manager"].overall));
});

test("the review lists unanswered questions and each link goes back to it", async ({ page }) => {
  const f = framework("interview-readiness");
  await openApp(page);
  await startRole(page, f);
  for (let g = 0; g + 1 < f.dimensions.length; g++) await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Review and finish" }).click();
  const missing = f.dimensions[1].items.find((i) => i.type === "behaviour")! as unknown as { id: string; text: string };
  await page.getByRole("button", { name: missing.text }).click();
  await expect(page.getByRole("heading", { level: 2, name: f.dimensions[1].name })).toBeVisible();
  await expect(page.locator(`[id="${missing.id}-0"]`)).toBeFocused();
});

test("starting over asks first, and keeping the answers changes nothing", async ({ page }) => {
  const f = framework("technical-program-manager");
  await openApp(page);
  await startRole(page, f);
  await answerGroups(page, f, 0, 1);
  const answered = f.dimensions[0].items.filter((i) => i.type !== "evidence").length;
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Roles" }).click();
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: f.title }) });
  await card.getByRole("button", { name: "Start over" }).click();
  const confirm = card.getByRole("group", { name: "Confirm starting over" });
  await expect(confirm).toContainText(`Your ${answered} answers so far will be discarded.`);
  await confirm.getByRole("button", { name: "Keep my answers" }).click();
  await expect(confirm).toBeHidden();
  await card.getByRole("button", { name: `Resume ${f.title}` }).click();
  await expect(page.getByText(`${answered} of`).first()).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Roles" }).click();
  await card.getByRole("button", { name: "Start over" }).click();
  await confirm.getByRole("button", { name: "Discard and start over" }).click();
  await expect(page.getByRole("heading", { level: 2, name: f.dimensions[0].name })).toBeVisible();
  await expect(page.getByText(/^0 of \d+ answered$/)).toBeVisible();
});

test("a scenario never accepts the same response as most and least effective", async ({ page }) => {
  const f = framework("engineering-manager");
  await openApp(page);
  await startRole(page, f);
  const scenario = f.dimensions[0].items.find((i) => i.type === "scenario")!;
  await page.locator(`[id="${scenario.id}-least-1"]`).check();
  await expect(page.locator(`[id="${scenario.id}-most-1"]`)).toBeDisabled();
  await expect(page.getByText("Now pick the most effective response.")).toBeVisible();
});

test("an assessment can be completed with the keyboard alone", async ({ page, watch }) => {
  const f = framework("interview-readiness");
  const firstStatement = f.dimensions[0].items.find((i) => i.type === "behaviour")!;
  await openApp(page);
  const start = page.getByRole("button", { name: `Start ${f.title}` });
  await start.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: f.dimensions[0].name })).toBeVisible();
  for (const [g, dimension] of f.dimensions.entries()) {
    for (const item of dimension.items) {
      if (item.type === "evidence") continue;
      if (item.type === "scenario") {
        // Tab into each judgement group and pick with a number key.
        await page.locator(`[id="${item.id}-most-0"]`).focus();
        await page.keyboard.press("2");
        await page.locator(`[id="${item.id}-least-0"]`).focus();
        await page.keyboard.press("4");
        await expect(page.locator(`[id="${item.id}-most-1"]`)).toBeChecked();
        await expect(page.locator(`[id="${item.id}-least-3"]`)).toBeChecked();
        continue;
      }
      await page.locator(`[id="${item.id}-0"]`).focus();
      // Arrow keys move within the radio group; a number key picks directly.
      await page.keyboard.press("ArrowRight");
      await expect(page.locator(`[id="${item.id}-1"]`)).toBeChecked();
      await page.keyboard.press("3");
      await expect(page.locator(`[id="${item.id}-2"]`)).toBeChecked();
      if (item.id === firstStatement.id) {
        // "Hasn't come up" follows the five ratings in the same radio group.
        await page.locator(`[id="${item.id}-4"]`).focus();
        await page.keyboard.press("ArrowRight");
        await expect(page.locator(`[id="${item.id}-5"]`)).toBeChecked();
        await expect(page.locator(`label[for="${item.id}-5"]`)).toHaveText("Hasn't come up");
      }
    }
    const next = page.getByRole("button", { name: g + 1 < f.dimensions.length ? "Next" : "Review and finish" });
    await next.focus();
    await page.keyboard.press("Enter");
    // Focus moves to the next screen's heading (or the review's) once it has rendered;
    // wait for it, or a radio focused now would lose focus to the heading.
    const heading =
      g + 1 < f.dimensions.length
        ? page.getByRole("heading", { level: 2, name: f.dimensions[g + 1].name })
        : page.getByRole("heading", { level: 1, name: "Review your answers" });
    await expect(heading).toBeFocused();
  }
  const finishButton = page.getByRole("button", { name: "Finish and see results" });
  await finishButton.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: /Your results/ })).toBeVisible();
  await expect(page.getByTestId("overall-score")).toHaveText(/^\d+$/);
  await expect(page.getByText("1 statement did not apply.")).toBeVisible();
  await expectCleanPage(page, watch);
});

test.describe("storage faults", () => {
  test("blocked storage: works in memory and says answers will not survive a reload", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("The operation is insecure.", "SecurityError");
        },
      });
    });
    const f = framework("interview-readiness");
    await openApp(page);
    await expect(page.getByRole("alert")).toContainText("will be gone if you reload");
    await startRole(page, f);
    await answerGroups(page, f, 0, f.dimensions.length);
    await finish(page);
    await expect(page.getByTestId("overall-score")).toHaveText(String(expected["interview-readiness"].overall));
  });

  test("a full origin: no answer rolls back, the notice counts what is unsaved, the answers download, and freeing space saves them", async ({
    page,
  }) => {
    const f = framework("engineering-manager");
    await openApp(page);
    await startRole(page, f);
    // The fault for real: other keys fill the origin until not one more character fits.
    const fillers = await page.evaluate(() => {
      const keys: string[] = [];
      for (let size = 1 << 20; size >= 1; ) {
        const key = `filler-${keys.length}`;
        try {
          localStorage.setItem(key, "x".repeat(size));
          keys.push(key);
        } catch {
          size = Math.floor(size / 4);
        }
      }
      return keys;
    });
    expect(fillers.length).toBeGreaterThan(0);
    const screen = f.dimensions[0].items.filter((i) => i.type !== "evidence");
    let k = 0;
    let changes = 0;
    for (const item of screen) {
      for (const id of inputsFor(item, k)) {
        await page.locator(`[id="${id}"]`).check();
        changes += 1; // a scenario's two picks are two changes
      }
      k += 1;
    }
    // Every answer stays checked and counted: none was rebuilt from the stale stored copy.
    k = 0;
    for (const item of screen) {
      for (const id of inputsFor(item, k)) await expect(page.locator(`[id="${id}"]`)).toBeChecked();
      k += 1;
    }
    await expect(page.getByText(/answered/).first()).toContainText(`${screen.length} of`);
    const notice = page.getByRole("alert").filter({ hasText: "storage for this site is full" });
    await expect(notice).toContainText(/your last \d+ changes are kept in this tab only/);
    // Each refused write is one change held in this tab (a change that happens to fit,
    // such as a smaller value over a larger one, is saved and not counted).
    const unsaved = Number((await notice.innerText()).match(/your last (\d+) changes/)![1]);
    expect(unsaved).toBeGreaterThanOrEqual(screen.length - 1);
    expect(unsaved).toBeLessThanOrEqual(changes);
    // The answers in progress download from the notice.
    const download = page.waitForEvent("download");
    await notice.getByRole("button", { name: "Download your answers" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^yardstick-answers-in-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const documents = JSON.parse(readFileSync((await file.path())!, "utf8"));
    expect(Object.keys(documents[0].attempt.answers)).toHaveLength(screen.length);
    // Space frees up; the next answer saves everything, and a reload shows it all.
    await page.evaluate((keys) => keys.forEach((key) => localStorage.removeItem(key)), fillers);
    await page.getByRole("button", { name: "Next" }).click();
    const next = f.dimensions[1].items.find((i) => i.type === "behaviour")!;
    await page.locator(`[id="${next.id}-2"]`).check();
    await expect(notice).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole("heading", { level: 2, name: f.dimensions[1].name })).toBeVisible();
    await expect(page.locator(`[id="${next.id}-2"]`)).toBeChecked();
    await page.getByRole("button", { name: "Back" }).click();
    k = 0;
    for (const item of screen) {
      for (const id of inputsFor(item, k)) await expect(page.locator(`[id="${id}"]`)).toBeChecked();
      k += 1;
    }
  });

  test("corrupted data: copied untouched to a dated backup that no later fault overwrites, a clean start, and a download", async ({
    page,
  }) => {
    const raw = "{this is not json";
    await page.addInitScript(({ raw, scope }) => {
      if (!sessionStorage.getItem("seeded")) {
        sessionStorage.setItem("seeded", "1");
        localStorage.setItem(`${scope}yardstick.backup`, "an earlier build's backup");
        localStorage.setItem(`${scope}yardstick.state`, raw);
      }
    }, { raw, scope: SCOPE });
    await openApp(page);
    await expect(page.getByRole("alert")).toContainText("could not be read");
    const backups = () =>
      page.evaluate(() =>
        Object.keys(localStorage)
          .filter((k) => k.includes("yardstick.backup"))
          .sort()
          .map((k) => [k, localStorage.getItem(k)]),
      );
    const found = await backups();
    expect(found).toHaveLength(2);
    expect(found[0]).toEqual([`${SCOPE}yardstick.backup`, "an earlier build's backup"]);
    expect(found[1][0]).toMatch(/^\/yardstick\/yardstick\.backup\.\d+$/);
    expect(found[1][1]).toBe(raw);
    expect(await page.evaluate((k) => localStorage.getItem(k), `${SCOPE}yardstick.state`)).toBeNull();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download the backup" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^yardstick-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(readFileSync((await file.path())!, "utf8")).toBe(raw);
    // Your data lists both backups, each with its size and a download.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Your data" }).click();
    await expect(page.locator(".backup-list li")).toHaveCount(2);
    await expect(page.locator(".backup-list li").first()).toContainText("Made by an earlier version");
    await expect(page.locator(".backup-list li").nth(1)).toContainText(/^Made .+, \d+ bytes/);
    await expectNoAxeViolations(page);
    // A clean start works and saves again, in the current layout.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Roles" }).click();
    await startRole(page, framework("engineering-manager"));
    const layout = await savedStore(page);
    expect(layout.schema).toBe(3);
    expect(layout.in_progress).toHaveLength(1);
  });

  test("a backup that cannot be written: the unreadable data is left alone and nothing is written over it", async ({ page }) => {
    const raw = "{unreadable, and no room to copy it";
    await page.addInitScript((raw) => {
      if (sessionStorage.getItem("seeded")) return;
      sessionStorage.setItem("seeded", "1");
      localStorage.setItem("yardstick.state", raw);
      // The fault for real: other keys fill the origin, so the copy cannot be written.
      for (let size = 1 << 20, n = 0; size >= 1; ) {
        try {
          localStorage.setItem(`filler-${n++}`, "x".repeat(size));
        } catch {
          size = Math.floor(size / 4);
        }
      }
    }, raw);
    await openApp(page);
    await expect(page.getByRole("alert").filter({ hasText: "could not be backed up" })).toContainText(
      "this page leaves it alone and will not save anything",
    );
    await startRole(page, framework("interview-readiness"));
    // Seeded as a build from before scoped keys wrote it: with no room, not even the
    // move under this copy's scope happens.
    const ours = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes("yardstick.")));
    expect(ours).toEqual(["yardstick.state"]);
    expect(await page.evaluate(() => localStorage.getItem("yardstick.state"))).toBe(raw);
  });

  test("data a newer version wrote is never moved: this page writes nothing and offers a copy", async ({ page }) => {
    const raw = JSON.stringify({ schema: 99, future: true });
    await page.addInitScript(({ raw, scope }) => {
      if (!sessionStorage.getItem("seeded")) {
        sessionStorage.setItem("seeded", "1");
        localStorage.setItem(`${scope}yardstick.state`, raw);
      }
    }, { raw, scope: SCOPE });
    await openApp(page);
    const notice = page.getByRole("alert").filter({ hasText: "newer version of Yardstick" });
    await expect(notice).toContainText("It stays where it is, untouched");
    const download = page.waitForEvent("download");
    await notice.getByRole("button", { name: "Download a copy" }).click();
    const copy = JSON.parse(readFileSync((await (await download).path())!, "utf8"));
    expect(copy["yardstick.state"]).toBe(raw);
    await startRole(page, framework("interview-readiness"));
    const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes("yardstick.")));
    expect(keys).toEqual([`${SCOPE}yardstick.state`]);
    expect(await page.evaluate((k) => localStorage.getItem(k), `${SCOPE}yardstick.state`)).toBe(raw);
  });

  test("an older stored schema is migrated and the attempt resumes", async ({ page }) => {
    // The attempt was answered with 1.0.0, whose questions the archive keeps.
    const f = JSON.parse(
      readFileSync("frameworks/archive/engineering-manager/1.0.0.json", "utf8"),
    ) as ReturnType<typeof framework>;
    const first = f.dimensions[0].items.find((i) => i.type === "behaviour")!;
    const v1 = {
      schema: 1,
      current: {
        id: "old-1",
        framework_id: f.id,
        framework_version: "1.0.0",
        started_at: 1_700_000_000_000,
        updated_at: 1_700_000_100_000,
        completed_at: null,
        position: 1,
        active_seconds: 100,
        answers: { [first.id]: { kind: "rating", value: 4 } },
      },
      history: [],
    };
    await page.addInitScript((raw) => {
      if (!sessionStorage.getItem("seeded")) {
        sessionStorage.setItem("seeded", "1");
        localStorage.setItem("yardstick.state", raw);
        // Backups made earlier, by this build's dated keys and by an earlier build's slot:
        // a migration never overwrites or removes them.
        localStorage.setItem("yardstick.backup.1690000000000", "a dated backup made earlier");
        localStorage.setItem("yardstick.backup", "an earlier build's backup");
      }
    }, JSON.stringify(v1));
    await openApp(page);
    await expect(page.getByRole("status").filter({ hasText: "older version" })).toBeVisible();
    const backups = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.includes("yardstick.backup"))
        .sort()
        .map((k) => [k, localStorage.getItem(k)]),
    );
    // The earlier build stored its keys without a scope: they move under this copy's.
    expect(backups, "the earlier backups are kept as they were").toEqual([
      [`${SCOPE}yardstick.backup`, "an earlier build's backup"],
      [`${SCOPE}yardstick.backup.1690000000000`, "a dated backup made earlier"],
    ]);
    // Migrated to the current layout (an index and one key per attempt); the single key
    // it came from is gone only once everything was written.
    const leftovers = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.endsWith("yardstick.state")));
    expect(leftovers).toEqual([]);
    expect((await savedStore(page)).in_progress.map((a) => a.id)).toEqual(["old-1"]);
    await page.getByRole("button", { name: `Resume ${f.title}` }).first().click();
    await expect(page.getByRole("heading", { level: 2, name: f.dimensions[1].name })).toBeVisible();
    await page.getByRole("button", { name: "Back" }).click();
    await expect(page.locator(`[id="${first.id}-3"]`)).toBeChecked();
    // The attempt was made with version 1.0.0, so it resumes with that version's
    // questions, fetched from the archive: its one scale labels 4 "Usually".
    await expect(page.locator(`label[for="${first.id}-3"]`)).toHaveText("4 · Usually");
  });
});

test("two tabs: an answer in one appears in the other and neither overwrites the other", async ({ context }) => {
  const f = framework("engineering-manager");
  const [a, b] = [await context.newPage(), await context.newPage()];
  await openApp(a);
  await startRole(a, f);
  await openApp(b);
  await b.getByRole("button", { name: `Resume ${f.title}` }).first().click();
  const [one, two] = f.dimensions[0].items.filter((i) => i.type === "behaviour");
  await a.locator(`[id="${one.id}-4"]`).check();
  await expect(b.locator(`[id="${one.id}-4"]`)).toBeChecked();
  await b.locator(`[id="${two.id}-0"]`).check();
  await expect(a.locator(`[id="${two.id}-0"]`)).toBeChecked();
  await expect(a.locator(`[id="${one.id}-4"]`)).toBeChecked();
  const stored = JSON.stringify(await savedStore(a));
  expect(stored).toContain(one.id);
  expect(stored).toContain(two.id);
});

test("two tabs: answers a few milliseconds apart both stay, and Delete everything in one empties the other", async ({ context }) => {
  const f = framework("engineering-manager");
  const [a, b] = [await context.newPage(), await context.newPage()];
  await openApp(a);
  await startRole(a, f);
  await openApp(b);
  await b.getByRole("button", { name: `Resume ${f.title}` }).first().click();
  const statements = f.dimensions[0].items.filter((i) => i.type === "behaviour");
  const [mine, theirs] = [statements.slice(0, 2), statements.slice(2, 4)];
  // Each tab answers two items in one go, without waiting for the other tab's storage
  // events: the writes land a few milliseconds apart, each made before seeing the other.
  const click = (ids: string[]) => ids.forEach((id) => (document.getElementById(id) as HTMLInputElement).click());
  await Promise.all([
    a.evaluate(click, mine.map((i) => `${i.id}-1`)),
    b.evaluate(click, theirs.map((i) => `${i.id}-3`)),
  ]);
  const all = [...mine, ...theirs].map((i) => i.id).sort();
  for (const tab of [a, b]) {
    await expect
      .poll(async () => Object.keys((await savedStore(tab)).in_progress[0]?.answers ?? {}).sort())
      .toEqual(all);
  }
  // And both tabs show all four.
  for (const tab of [a, b]) {
    for (const i of mine) await expect(tab.locator(`[id="${i.id}-1"]`)).toBeChecked();
    for (const i of theirs) await expect(tab.locator(`[id="${i.id}-3"]`)).toBeChecked();
  }
  // Delete everything in one tab: the other tab's view empties too.
  await a.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Your data" }).click();
  await a.getByRole("button", { name: "Delete everything" }).click();
  await a.getByRole("button", { name: "Yes, delete everything" }).click();
  await expect(a.locator(".privacy [role=status]")).toHaveText("Everything Yardstick kept in this browser has been deleted.");
  await b.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Roles" }).click();
  await expect(b.getByRole("button", { name: `Resume ${f.title}` })).toHaveCount(0);
  expect(await b.evaluate(() => Object.keys(localStorage).filter((k) => k.includes("yardstick.")))).toEqual([]);
});

test("two copies on one origin keep their own data: each stores under its own path", async ({ context }) => {
  // A second copy of the same build at /copy/ on the same origin, as a second project
  // of one owner on GitHub Pages would be.
  await context.route("**/copy/**", async (route) => {
    const url = route.request().url().replace("/copy/", "/yardstick/");
    await route.fulfill({ response: await route.fetch({ url }) });
  });
  const em = framework("engineering-manager");
  const ir = framework("interview-readiness");
  const a = await context.newPage();
  const b = await context.newPage();
  await openApp(a);
  await startRole(a, em);
  const first = em.dimensions[0].items.find((i) => i.type === "behaviour")!;
  await a.locator(`[id="${first.id}-4"]`).check();

  await openApp(b, "/copy/");
  await expect(b.getByRole("button", { name: `Resume ${em.title}` }), "the other copy's attempt is not this one's").toHaveCount(0);
  await startRole(b, ir);
  const keys = await b.evaluate(() => Object.keys(localStorage).sort());
  expect(keys.filter((k) => k.endsWith("yardstick.index"))).toEqual(["/copy/yardstick.index", `${SCOPE}yardstick.index`]);
  const own = (scope: string) =>
    b.evaluate((s) => JSON.parse(localStorage.getItem(`${s}yardstick.index`)!).in_progress.length, scope);
  expect(await own(SCOPE)).toBe(1);
  expect(await own("/copy/")).toBe(1);

  // Deleting everything in the copy leaves the first copy's data where it is.
  await b.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Your data" }).click();
  await b.getByRole("button", { name: "Delete everything" }).click();
  await b.getByRole("button", { name: "Yes, delete everything" }).click();
  await expect(b.locator(".privacy [role=status]")).toHaveText("Everything Yardstick kept in this browser has been deleted.");
  expect(await b.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("/copy/")))).toEqual([]);
  await a.reload();
  await expect(a.locator(`[id="${first.id}-4"]`)).toBeChecked();
  expect((await savedStore(a)).in_progress.map((x) => x.framework_id)).toEqual([em.id]);
});

test("built-in frameworks are fetched only when a role needs one", async ({ page, watch }) => {
  const fetched = () =>
    watch.requests.filter((url) => url.includes("/frameworks/")).map((url) => new URL(url).pathname);
  await openApp(page);
  await page.waitForLoadState("networkidle");
  expect(fetched(), "the first load fetches no framework").toEqual([]);
  await startRole(page, framework("interview-readiness"));
  expect(fetched()).toEqual(["/yardstick/frameworks/interview-readiness.json"]);
  await expectCleanPage(page, watch);
});

test("a role whose questions cannot be fetched says so, and a retry works", async ({ page }) => {
  const f = framework("senior-technical-manager");
  let fail = true;
  await page.route("**/frameworks/senior-technical-manager.json", (route) =>
    fail ? route.abort("internetdisconnected") : route.continue(),
  );
  await openApp(page);
  await page.getByRole("button", { name: `Start ${f.title}` }).click();
  await expect(page.getByRole("alert")).toContainText(`The questions for ${f.title} could not be loaded.`);
  await expect(page.getByRole("heading", { level: 1, name: "Leadership self-assessment" })).toBeVisible();
  fail = false;
  await page.getByRole("button", { name: `Start ${f.title}` }).click();
  await expect(page.getByRole("heading", { level: 2, name: f.dimensions[0].name })).toBeVisible();
});

test("interview readiness before any preparation: the headline says not yet started, with the checklist", async ({ page, watch }) => {
  const f = framework("interview-readiness");
  const preparation = f.dimensions[0] as (typeof f.dimensions)[number] & { kind?: string };
  expect(preparation.kind).toBe("preparation");
  await openApp(page);
  await startRole(page, f);
  // "Not true" to every preparation statement; the usual pattern everywhere else.
  await answerGroups(page, f, 0, f.dimensions.length, (item, k) =>
    preparation.items.some((p) => p.id === item.id) ? [`${item.id}-0`] : inputsFor(item, k),
  );
  await finish(page);
  await expect(page.getByTestId("overall-level")).toContainText("Preparation not yet started");
  // The level is given only as the starting point it is.
  await expect(page.getByTestId("overall-level")).toContainText("not how ready you are");
  const checklist = page.getByTestId("preparation");
  await expect(checklist.getByRole("heading", { level: 2 })).toHaveText(`${preparation.name}: Not yet started`);
  await expect(checklist.locator("li.step-open")).toHaveCount(preparation.items.length);
  // Preparation is no area of the scores.
  await expect(page.getByTestId(`dimension-score-${preparation.id}`)).toHaveCount(0);
  await expectNoAxeViolations(page);
  await expectCleanPage(page, watch);
});
