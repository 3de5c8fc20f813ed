// Feedback from others, end to end with four browser contexts (four separate browsers'
// worth of storage): the subject finishes the Engineering Manager assessment and makes
// an invitation; three observers (peer, peer, direct report) open the link, answer with
// "Can't say" here and there, and each gets a response code; before the third code is
// added no figure of others is shown; after it, every cell of the table equals what the
// core computes from the stored attempt (`ys-feedback-expected`); a duplicate and a
// tampered code are refused and change nothing; a manager's single response is then
// shown on its own, labelled. Observers' browsers keep nothing; axe clean on both pages.
import { execFileSync } from "node:child_process";
import type { Browser, FrameLocator, Page } from "@playwright/test";
import { test, expect, openApp, expectCleanPage, expectNoAxeViolations } from "./fixtures";
import { answerGroups, finish, framework, savedKeys, savedStore, startRole } from "./helpers";

/** The other origin, the repository root, where the example host page embeds the app. */
const HOST = `http://127.0.0.1:${Number(process.env.E2E_HOST_PORT || 4174)}`;

type Figure = { score: number; low: number; high: number; raters?: number };
type Expected = {
  responses: number;
  dimensions: {
    id: string;
    self: Figure | null;
    others: Figure | null;
    groups: (Figure & { label: string })[];
    difference: number | null;
    reading: string | null;
  }[];
};

const MINUS = "\u2212";
const people = (n: number) => (n === 1 ? "1 person" : `${n} people`);
const estimate = (f: Figure) => `${Math.round(f.score)} (${Math.round(f.low)}–${Math.round(f.high)})`;
const signed = (d: number) => {
  const r = Math.round(Math.abs(d));
  return r === 0 ? "0" : `${d < 0 ? MINUS : "+"}${r}`;
};

function expectedFor(attempt: unknown): Expected {
  const out = execFileSync("cargo", ["run", "-q", "-p", "yardstick-core", "--bin", "ys-feedback-expected"], {
    input: JSON.stringify(attempt),
    stdio: ["pipe", "pipe", "inherit"],
  });
  return JSON.parse(out.toString());
}

/** Answers the observer form in `scope` (a page, or the frame it is embedded in) by
 *  a pattern of `seed`'s (some "Can't say") and returns the response code;
 *  `beforeCode` runs once every question is answered. */
async function answerAsObserver(
  scope: Page | FrameLocator,
  relationship: string,
  seed: number,
  beforeCode: () => Promise<void> = async () => {},
) {
  await scope.getByLabel(relationship, { exact: true }).check();
  const questions = await scope.locator("fieldset[id^='q-']").count();
  expect(questions).toBe(34);
  for (let n = 1; n <= questions; n++) {
    const choices = await scope.locator(`#q-${n} input`).count(); // the choices and Can't say
    if ((n + seed) % 9 === 0) await scope.locator(`#q-${n}-cant-say`).check();
    else await scope.locator(`#q-${n}-${(n * (seed + 2)) % (choices - 1)}`).check();
  }
  await expect(scope.getByText("34 of 34 questions answered")).toBeVisible();
  await beforeCode();
  await scope.getByRole("button", { name: "Make my response code" }).click();
  await expect(scope.getByRole("heading", { level: 2, name: "Your response code" })).toBeFocused();
  return scope.getByTestId("response-code").inputValue();
}

/** An observer in a browser of their own: opens the link, answers every question by a
 *  pattern of their own (some "Can't say"), and returns the response code. */
async function observe(browser: Browser, link: string, relationship: string, seed: number, scan = false) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Feedback for Alex" })).toBeFocused();
  await expect(page.getByText("There are 34 questions")).toBeVisible();

  // Making a code too early names what is missing and moves focus there.
  await page.getByRole("button", { name: "Make my response code" }).click();
  await expect(page.getByRole("alert")).toContainText("Choose how you work with them");
  await expect(page.locator("#relationship-manager")).toBeFocused();

  const code = await answerAsObserver(page, relationship, seed, async () => {
    await expect(page.getByRole("alert"), "the message about what was missing goes once nothing is").toHaveText("");
    if (scan) await expectNoAxeViolations(page);
  });
  expect(code).toMatch(/^s[A-Za-z0-9_-]+$/);
  expect(code.length, "a complete Engineering Manager response is 78 characters").toBe(78);
  if (scan) await expectNoAxeViolations(page);
  expect(await savedKeys(page), "an observer's browser keeps nothing").toBe("[]");
  expect(errors, "console errors on the observer's page").toEqual([]);
  await context.close();
  return code;
}

async function addCodes(page: Page, codes: string[]) {
  await page.getByLabel("Paste response codes (one or more)").fill(codes.join("\n"));
  await page.getByRole("button", { name: "Add pasted codes" }).click();
}

test("three observers' codes give the aggregate the core computes; one manager is shown labelled", async ({
  page,
  browser,
  watch,
}) => {
  test.setTimeout(180_000);
  const em = framework("engineering-manager");
  await openApp(page);
  await startRole(page, em);
  await answerGroups(page, em, 0, em.dimensions.length);
  await finish(page);

  await page.getByRole("button", { name: "Feedback from others" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Feedback from others" })).toBeFocused();
  await expect(page).toHaveURL(/#\/feedback\//);
  await expectNoAxeViolations(page);
  await page.getByLabel("Your name, as colleagues will see it (optional)").fill("Alex");
  await page.getByRole("button", { name: "Make the invitation link" }).click();
  const link = await page.getByLabel("Invitation link").inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/yardstick\/#\/invite\/o[A-Za-z0-9_-]+$/);
  // Reload: the invitation is stored with the result.
  await page.reload();
  await expect(page.getByLabel("Invitation link")).toHaveValue(link);

  const peer1 = await observe(browser, link, "I am a peer", 1, true);
  const peer2 = await observe(browser, link, "I am a peer", 2);
  const report = await observe(browser, link, "I report to them", 3);

  const status = page.getByTestId("feedback-status");
  await addCodes(page, [peer1]);
  await addCodes(page, [`Here is mine: ${peer2} thanks!`]);
  await expect(page.getByTestId("add-status")).toHaveText("1 response added. 2 responses are in.");
  await expect(status).toContainText("2 responses are in. Others' answers are shown once 3 people have responded");
  await expect(page.getByTestId("feedback-table")).toHaveCount(0);

  // A duplicate and a tampered code: refused, nothing changes.
  const before = await savedKeys(page);
  const at = 40;
  const tampered = report.slice(0, at) + (report[at] === "A" ? "B" : "A") + report.slice(at + 1);
  await addCodes(page, [peer1, tampered]);
  await expect(page.getByTestId("add-status")).toHaveText("No response was added. 2 responses are in.");
  const details = page.getByRole("list", { name: "What the last addition found" });
  await expect(details).toContainText("already added. Each response counts once.");
  await expect(details).toContainText("The response is damaged");
  expect(await savedKeys(page)).toBe(before);
  await expect(page.getByTestId("feedback-table")).toHaveCount(0);

  await addCodes(page, [report]);
  await expect(status).toHaveText("Based on 3 responses.");
  const stored = (await savedStore(page)).history[0];
  expect(stored.feedback.responses).toHaveLength(3);
  const expected = expectedFor(stored);
  expect(expected.responses).toBe(3);
  const table = page.getByTestId("feedback-table");
  for (const d of expected.dimensions) {
    const row = table.locator(`tr[data-dimension="${d.id}"]`);
    await expect(row.locator('[data-cell="self"]')).toHaveText(d.self ? estimate(d.self) : "Too few answers");
    if (d.others) {
      await expect(row.locator('[data-cell="others"]')).toHaveText(`${estimate(d.others)}, ${people(d.others.raters!)}`);
      await expect(row.locator('[data-cell="difference"]')).toHaveText(signed(d.difference!));
      await expect(row.locator('[data-cell="reading"]')).toHaveText(d.reading!);
    }
  }
  // Two peers and one direct report: no group has three, so none is shown.
  await expect(page.getByTestId("feedback-groups")).toHaveCount(0);
  await expect(page.locator(".feedback-radar svg.radar")).toHaveCount(1);
  await expectNoAxeViolations(page);

  // The manager answers too: their view alone is shown, labelled as theirs.
  const manager = await observe(browser, link, "I am their manager", 4);
  await addCodes(page, [manager]);
  await expect(status).toHaveText("Based on 4 responses.");
  const groups = page.getByTestId("feedback-groups");
  await expect(groups.locator("thead th")).toHaveText(["Area", "Your manager"]);
  const withManager = expectedFor((await savedStore(page)).history[0]);
  for (const [i, d] of withManager.dimensions.entries()) {
    const group = d.groups.find((g) => g.label === "Your manager")!;
    await expect(groups.locator("tbody tr").nth(i).locator("td")).toHaveText(`${estimate(group)}, 1 person`);
  }
  await expectNoAxeViolations(page);

  // Your data says what is kept.
  const feedbackAddress = new URL(page.url()).hash;
  await page.goto(`./#/data`);
  await expect(page.getByRole("heading", { level: 2, name: "Feedback from others" })).toBeVisible();
  await expect(page.locator(".usage-table")).toContainText("1 invitation, 4 responses");

  // With scores hidden the comparison is in words: no table, chart or number.
  await page.goto(`./?scores=hidden${feedbackAddress}`);
  await expect(page.getByRole("heading", { level: 1, name: "Feedback from others" })).toBeVisible();
  const words = page.locator(".feedback-words li");
  await expect(words).toHaveCount(expected.dimensions.length);
  await expect(page.locator(".feedback-report table, .feedback-report svg")).toHaveCount(0);
  const hiddenText = await page.locator(".feedback-report").innerText();
  expect(hiddenText.replace("Based on 4 responses.", ""), "no score, range or difference").not.toMatch(/\d/);

  // Starting again removes the invitation and its responses, after a confirmation.
  await page.goto(`./${feedbackAddress}`);
  await page.getByRole("button", { name: "Remove the invitation and responses" }).click();
  await expect(page.getByRole("button", { name: "Yes, remove them" })).toBeFocused();
  await page.getByRole("button", { name: "Yes, remove them" }).click();
  await expect(page.getByRole("button", { name: "Make the invitation link" })).toBeVisible();
  expect((await savedStore(page)).history[0].feedback).toBeUndefined();
  await expectCleanPage(page, watch);
});

test("an invitation made from the start page before answering; the observer answers in a frame on another page", async ({
  page,
  browser,
  watch,
}) => {
  test.setTimeout(120_000);
  const em = framework("engineering-manager");
  await openApp(page);
  const card = page.getByRole("article", { name: em.title });
  await card.getByRole("button", { name: "Ask others for feedback" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Feedback from others" })).toBeFocused();
  await expect(page).toHaveURL(/#\/feedback\//);
  await page.getByRole("button", { name: "Make the invitation link" }).click();
  const link = await page.getByLabel("Invitation link").inputValue();
  expect(link).toContain("#/invite/");
  // The attempt it belongs to is in progress, with no answers yet.
  const before = await savedStore(page);
  expect(before.in_progress).toHaveLength(1);
  expect(Object.keys(before.in_progress[0].answers)).toHaveLength(0);
  expect(before.in_progress[0].feedback.invitation).toMatch(/^o/);
  await expectNoAxeViolations(page);

  // The observer opens the link inside an intranet page's iframe (another origin).
  const context = await browser.newContext();
  const host = await context.newPage();
  const errors: string[] = [];
  host.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  host.on("pageerror", (e) => errors.push(String(e)));
  await host.goto(`${HOST}/examples/host.html?app=${encodeURIComponent(link)}`);
  const frame = host.frameLocator("#yardstick");
  await expect(frame.getByRole("heading", { level: 1, name: "Feedback for a colleague" })).toBeVisible();
  await expect(frame.getByText("There are 34 questions")).toBeVisible();
  const code = await answerAsObserver(frame, "I am a peer", 5);
  expect(code).toMatch(/^s[A-Za-z0-9_-]+$/);
  const widget = host.frames().find((f) => f.url().startsWith(new URL(link).origin))!;
  const kept = await widget.evaluate(() => Object.keys(localStorage).filter((k) => k.includes("yardstick.")));
  expect(kept, "the observer's browser keeps nothing, framed or not").toEqual([]);
  const sent = await host.evaluate(() => (window as unknown as { received: { type: string }[] }).received);
  expect(
    sent.filter((m) => m.type !== "yardstick:resize" && m.type !== "yardstick:ready").map((m) => m.type),
    "nothing of the observer's answers goes to the host page",
  ).toEqual([]);
  expect(errors, "console errors in the framed observer page").toEqual([]);
  await context.close();

  // The response waits with the unfinished attempt; nothing is compared yet.
  await page.getByLabel("Paste response codes (one or more)").fill(code);
  await page.getByRole("button", { name: "Add pasted codes" }).click();
  await expect(page.getByTestId("feedback-status")).toContainText(
    "1 response is in. Your own assessment is not finished yet",
  );
  await expect(page.getByTestId("feedback-table")).toHaveCount(0);
  // The start page's banner leads back to it.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Roles" }).click();
  await expect(page.getByRole("button", { name: "Feedback from others (1 response)" })).toBeVisible();

  // Starting over keeps the invitation and the response: the observer answered the
  // same version.
  await card.getByRole("button", { name: "Start over" }).click();
  await page.getByRole("button", { name: "Discard and start over" }).click();
  await expect(page.getByRole("heading", { level: 2, name: em.dimensions[0].name })).toBeVisible();
  const restarted = (await savedStore(page)).in_progress[0];
  expect(restarted.id).not.toBe(before.in_progress[0].id);
  expect(restarted.feedback.invitation).toBe(before.in_progress[0].feedback.invitation);
  expect(restarted.feedback.responses).toHaveLength(1);

  // Finishing brings the invitation along to the result.
  await answerGroups(page, em, 0, em.dimensions.length);
  await finish(page);
  await page.getByRole("button", { name: "Feedback from others" }).click();
  await expect(page.getByLabel("Invitation link")).toHaveValue(link);
  await expect(page.getByTestId("feedback-status")).toContainText(
    "1 response is in. Others' answers are shown once 3 people have responded",
  );
  const done = (await savedStore(page)).history[0];
  expect(done.feedback.responses).toHaveLength(1);
  await expectCleanPage(page, watch);
});
