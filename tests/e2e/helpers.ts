// Helpers shared by the end-to-end specs: reading the built-in frameworks and the
// scores the core computes for the fixed answer pattern, and driving an assessment.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";
import { inputsFor, type Framework, type Item } from "./pattern";

export const ROLES = ["engineering-manager", "technical-program-manager", "senior-technical-manager", "interview-readiness"];
export const expected = JSON.parse(readFileSync("tests/e2e/expected-scores.json", "utf8"));
export const framework = (id: string): Framework => JSON.parse(readFileSync(`frameworks/${id}.json`, "utf8"));

/** Answers the screens from `fromGroup` to `toGroup` (exclusive) with the pattern, or
 *  with `inputs` (the input ids to check for an item, the k-th scored item). */
export async function answerGroups(
  page: Page,
  f: Framework,
  fromGroup: number,
  toGroup: number,
  inputs: (item: Item, k: number) => string[] = inputsFor,
) {
  let k = 0;
  for (const [g, dimension] of f.dimensions.entries()) {
    for (const item of dimension.items) {
      if (item.type === "evidence") continue;
      if (g >= fromGroup && g < toGroup) {
        for (const id of inputs(item, k)) await page.locator(`[id="${id}"]`).check();
      }
      k += 1;
    }
    if (g >= fromGroup && g < toGroup && g + 1 < f.dimensions.length) {
      await page.getByRole("button", { name: "Next" }).click();
      await expect(page.getByRole("heading", { level: 2, name: f.dimensions[g + 1].name })).toBeFocused();
    }
  }
}

export async function startRole(page: Page, f: Framework) {
  await page.getByRole("button", { name: `Start ${f.title}` }).click();
  await expect(page.getByRole("heading", { level: 2, name: f.dimensions[0].name })).toBeVisible();
}

export async function finish(page: Page) {
  await page.getByRole("button", { name: "Review and finish" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Review your answers" })).toBeFocused();
  await page.getByRole("button", { name: "Finish and see results" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Your results/ })).toBeVisible();
}

/** Where the app keeps its keys: the directory it is served from (playwright.config.ts
 *  serves it at /yardstick/), so its index is `/yardstick/yardstick.index`. */
export const SCOPE = "/yardstick/";

/** Everything Yardstick saved, read through the storage layout: the index
 *  (`yardstick.index`) and one key per attempt (`yardstick.attempt.<id>`). */
export async function savedStore(
  page: Page,
): Promise<{ schema: number | null; in_progress: Record<string, any>[]; history: Record<string, any>[] }> {
  return page.evaluate((scope) => {
    const index = JSON.parse(localStorage.getItem(`${scope}yardstick.index`) ?? '{"schema":null,"in_progress":[],"history":[]}');
    const read = (id: string) => JSON.parse(localStorage.getItem(`${scope}yardstick.attempt.${id}`) ?? "null");
    return { schema: index.schema, in_progress: index.in_progress.map(read), history: index.history.map(read) };
  }, SCOPE);
}

/** Every key Yardstick keeps and its value (scoped or not), to check that nothing changed. */
export async function savedKeys(page: Page): Promise<string> {
  return page.evaluate(() =>
    JSON.stringify(
      Object.keys(localStorage)
        .filter((key) => key.includes("yardstick."))
        .sort()
        .map((key) => [key, localStorage.getItem(key)]),
    ),
  );
}
