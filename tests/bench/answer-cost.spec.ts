// What one answer costs the page, with 1 and with 1,000 results stored: an answer should
// read and write one attempt, whatever the history holds (issue 11, the storage layout).
// The history is seeded in the current layout (an index and one key per attempt), the
// Engineering Manager assessment is started, and each answer is timed from the click
// until the page has run everything it queued (a zero-delay message after the click).
//
// Prints the mean of 24 answers for each (their total over 24: the browser's clock has
// a coarse tick, so single answers are not compared), and the ratio, and writes them to
// target/bench/answer-cost.json. Fails only when the ratio is over MAX_RATIO (the aim is
// under 2): timings on a shared machine vary, sizes do not.
import { mkdirSync, writeFileSync } from "node:fs";
import { test, expect, type Page } from "@playwright/test";
import { SCOPE, framework, startRole } from "../e2e/helpers";

const MAX_RATIO = Number(process.env.ANSWER_COST_MAX_RATIO || 3);
const ANSWERS = 24;

/** Seeds `count` finished Engineering Manager results, each with every statement answered. */
async function seed(page: Page, count: number) {
  const em = framework("engineering-manager") as { id: string; version: string; dimensions: { items: { id: string; type: string }[] }[] };
  const answers = Object.fromEntries(
    em.dimensions.flatMap((d) => d.items).filter((i) => i.type === "behaviour").map((i) => [i.id, { kind: "rating", value: 3 }]),
  );
  await page.addInitScript(
    ({ count, id, version, answers, legacy, scope }) => {
      if (sessionStorage.getItem("seeded")) return;
      sessionStorage.setItem("seeded", "1");
      const ids: string[] = [];
      const all: object[] = [];
      for (let n = 0; n < count; n++) {
        const attempt = {
          id: `seed-${n}`,
          framework_id: id,
          framework_version: version,
          started_at: 1_700_000_000_000 + n * 1000,
          updated_at: 1_700_000_000_500 + n * 1000,
          completed_at: 1_700_000_000_500 + n * 1000,
          answers,
          scoring_model: 2,
        };
        if (!legacy) localStorage.setItem(`${scope}yardstick.attempt.${attempt.id}`, JSON.stringify(attempt));
        ids.push(attempt.id);
        all.push(attempt);
      }
      // BENCH_LEGACY_LAYOUT=1 seeds the single-key layout of earlier builds instead, to
      // measure one of those (E2E_DIST=<its dist>) the same way.
      if (legacy) localStorage.setItem(`${scope}yardstick.state`, JSON.stringify({ schema: 2, in_progress: [], history: all }));
      else localStorage.setItem(`${scope}yardstick.index`, JSON.stringify({ schema: 3, in_progress: [], history: ids }));
    },
    { count, id: em.id, version: em.version, answers, legacy: process.env.BENCH_LEGACY_LAYOUT === "1",
      // Builds of the single-key layout stored their keys without a scope.
      scope: process.env.BENCH_LEGACY_LAYOUT === "1" ? "" : SCOPE,
    },
  );
}

/** The mean time of `ANSWERS` answers, in milliseconds. */
async function answerCost(page: Page): Promise<number> {
  const em = framework("engineering-manager");
  await page.goto("./");
  await startRole(page, em);
  const statements = em.dimensions[0].items.filter((i) => i.type === "behaviour");
  const times: number[] = [];
  for (let n = 0; n < ANSWERS; n++) {
    const item = statements[n % statements.length];
    const input = `${item.id}-${n % 5}`;
    times.push(
      await page.evaluate(
        (id) =>
          new Promise<number>((done) => {
            const start = performance.now();
            (document.getElementById(id) as HTMLInputElement).click();
            const channel = new MessageChannel();
            channel.port1.onmessage = () => done(performance.now() - start);
            channel.port2.postMessage(null);
          }),
        input,
      ),
    );
    await expect(page.locator(`[id="${input}"]`)).toBeChecked();
  }
  return times.reduce((sum, t) => sum + t, 0) / times.length;
}

test(`an answer costs about the same with 1 and with 1,000 stored results (ratio at most ${MAX_RATIO})`, async ({ browser }) => {
  test.setTimeout(120_000);
  const costs: Record<string, number> = {};
  for (const count of [1, 1000]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await seed(page, count);
    costs[count] = await answerCost(page);
    await context.close();
  }
  const ratio = costs[1000] / costs[1];
  console.log(`answer cost: ${costs[1].toFixed(2)} ms with 1 stored result, ${costs[1000].toFixed(2)} ms with 1,000 (ratio ${ratio.toFixed(2)})`);
  mkdirSync("target/bench", { recursive: true });
  writeFileSync("target/bench/answer-cost.json", JSON.stringify({ ms_with_1: costs[1], ms_with_1000: costs[1000], ratio }, null, 2));
  expect(ratio, "answer cost with 1,000 stored results over the cost with 1").toBeLessThanOrEqual(MAX_RATIO);
});
