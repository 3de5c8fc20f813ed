// The team view (#/team): 100 generated Engineering Manager results (the export files
// the app writes, made by the core's `ys-team-sample`) imported in one pick; every cell
// of the heatmap and every team mean match what the core computes from the files; a
// result for another role and a file that is not Yardstick's are reported and change
// nothing; a person removed by keyboard; the CSV; "Remove everyone"; nothing stored;
// axe clean. The benchmark's figure: the time from picking 100 files to the heatmap.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect, openApp, expectCleanPage, expectNoAxeViolations } from "./fixtures";

type Expected = { columns: string[]; rows: { name: string; cells: string[] }[]; means: string[] };

function sample(role: string, n: number): { dir: string; files: string[]; expected: Expected } {
  const dir = mkdtempSync(join(tmpdir(), "yardstick-team-"));
  execFileSync("cargo", ["run", "-q", "-p", "yardstick-core", "--bin", "ys-team-sample", "--", role, String(n), dir], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Expected;
  const files = readdirSync(dir)
    .filter((f) => f !== "expected.json")
    .map((f) => join(dir, f));
  return { dir, files, expected };
}

test("100 results import into a heatmap that matches the files, and leave nothing stored", async ({ page, watch }) => {
  test.setTimeout(120_000);
  const { dir, files, expected } = sample("engineering-manager", 100);
  const other = sample("technical-program-manager", 1);
  const junk = join(dir, "..", `not-yardstick-${Date.now()}.json`);
  writeFileSync(junk, JSON.stringify({ hello: "world" }));

  await openApp(page, "./#/team");
  await expect(page.getByRole("heading", { level: 1, name: "Team view" })).toBeFocused();
  await expect(page.getByText("No one is in the team yet.")).toBeVisible();
  await expectNoAxeViolations(page);

  const started = Date.now();
  await page.getByLabel("Result files (.json), one or many").setInputFiles(files);
  const table = page.getByTestId("team-table");
  await expect(table.locator("tbody tr")).toHaveCount(100);
  console.log(`team view: 100 results imported and shown in ${Date.now() - started} ms`);
  await expect(page.getByRole("status")).toContainText("100");

  // Column headers, then every cell, then the means, against the core's figures.
  const headers = await table.locator("thead th").allTextContents();
  expect(headers).toEqual(["Person", ...expected.columns, "Remove"]);
  const shown = await table.locator("tbody tr").evaluateAll((rows) =>
    rows.map((r) => ({
      // The name is the header's text before its Rename button.
      name: r.querySelector("th")?.firstChild?.textContent?.trim() ?? "",
      cells: [...r.querySelectorAll("td.heat")].map((c) => c.textContent ?? ""),
    })),
  );
  const byName = (rows: { name: string; cells: string[] }[]) => [...rows].sort((a, b) => a.name.localeCompare(b.name));
  expect(byName(shown)).toEqual(byName(expected.rows));
  const means = await table.locator("tfoot tr").first().locator("td.heat").allTextContents();
  expect(means).toEqual(expected.means);

  // Another role and a stranger's file: each said, nothing changes.
  await page.getByLabel("Result files (.json), one or many").setInputFiles([...other.files, junk]);
  await expect(page.locator(".team-details")).toContainText("not a Yardstick");
  await expect(page.locator(".team-details")).toContainText("Technical Program Manager");
  await expect(table.locator("tbody tr")).toHaveCount(100);

  // The same files again: duplicates, not new people.
  await page.getByLabel("Result files (.json), one or many").setInputFiles(files.slice(0, 3));
  await expect(table.locator("tbody tr")).toHaveCount(100);

  // Remove one person with the keyboard.
  const first = expected.rows[0].name;
  const remove = page.getByRole("button", { name: `Remove ${first}`, exact: true });
  await remove.focus();
  await page.keyboard.press("Enter");
  await expect(table.locator("tbody tr")).toHaveCount(99);
  await expect(page.getByRole("status")).toContainText(`Removed ${first}`);
  await expectNoAxeViolations(page);

  // Rename a person by keyboard: the new name is in the table and the CSV.
  const second = expected.rows[1].name;
  const rename = page.getByRole("button", { name: `Rename ${second}`, exact: true });
  await rename.focus();
  await page.keyboard.press("Enter");
  const field = page.getByLabel(`New name for ${second}`);
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(second);
  await field.fill("Sam <Lead>");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText("Renamed to Sam <Lead>.");
  await expect(page.getByRole("button", { name: "Rename Sam <Lead>", exact: true })).toBeFocused();
  await expect(table.locator("tbody th").filter({ hasText: second })).toHaveCount(0);
  // Escape leaves the name as it was.
  await page.keyboard.press("Enter");
  await page.getByLabel("New name for Sam <Lead>").fill("Someone else");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Rename Sam <Lead>", exact: true })).toBeFocused();
  await expectNoAxeViolations(page);

  // The CSV: a header and one row per person.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^yardstick-team-engineering-manager-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await download.path(), "utf8").trim().split("\r\n");
  expect(csv).toHaveLength(100);
  expect(csv[0]).toBe(["Name", ...expected.columns].map((c) => `"${c}"`).join(","));
  expect(csv.some((line) => line.startsWith('"Sam <Lead>",')), "the new name is in the CSV").toBe(true);

  // Nothing of the team is kept in storage.
  const stored = await page.evaluate(() => Object.keys(localStorage).join(" "));
  expect(stored).not.toContain("team");
  const storedText = await page.evaluate(() => Object.values(localStorage).join(" "));
  expect(storedText).not.toContain(expected.rows[2].name);

  await page.getByRole("button", { name: "Remove everyone" }).click();
  await expect(table).toHaveCount(0);
  await expect(page.getByText("No one is in the team yet.")).toBeVisible();
  await expectCleanPage(page, watch);
});

test("pasted share links join the team, and a damaged one is reported", async ({ page, watch }) => {
  await openApp(page, "./#/team");
  await page.getByLabel("Or paste share links or codes").fill("https://example.com/#share=AAAA");
  await page.getByRole("button", { name: "Add pasted links" }).click();
  await expect(page.getByRole("status")).not.toBeEmpty();
  await expect(page.getByTestId("team-table")).toHaveCount(0);
  await page.getByRole("button", { name: "Add pasted links" }).click();
  await expect(page.getByRole("status")).toContainText("Paste one or more share links");
  await expectCleanPage(page, watch);
});
