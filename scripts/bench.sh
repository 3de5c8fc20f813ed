#!/usr/bin/env bash
# THE benchmark: builds the release site, then
#   1. the journey: every file a real browser fetches from opening the page, through the
#      Engineering Manager assessment, to results and history (gzip -9 of each), failing
#      over JOURNEY_BUDGET_KB (tests/bench/journey.spec.ts); then, for reference, what
#      opening the page alone downloads, read from the build;
#   2. Lighthouse (mobile, simulated throttling) against the build served gzip-compressed
#      under /yardstick/, printing performance and accessibility scores, FCP, LCP, CLS and
#      TBT, failing when accessibility is below 100, performance below 100, LCP over
#      1.2 s or CLS above 0.
#   bash scripts/bench.sh --sizes-only   only step 1 (what scripts/test.sh runs)
# Reports go to target/bench/.
set -euo pipefail

# The aim is 300 KB (issue 10); 415.0 KB is reached. Session 9: storage keys scoped by
# the app's path, with the move of unscoped keys, and invitations from the start page
# +2.9 KB (420.9 -> 423.8); word characters without Unicode's tables (char::
# is_alphanumeric and to_lowercase in the evidence feedback, the author lints and file
# names; core::word_chars) -7.8 KB (423.8 -> 416.0); downloaded files indented from
# compact JSON (core::pretty_json) instead of by serde_json's pretty printer, which
# carried a second serializer for each type, -1.1 KB (416.1 -> 415.0).
# (421.4 before one radar SVG writer was shared by both charts, -0.5 KB.)
# Session 8 added 51.0 KB (370.4 -> 421.4; renaming in the team view +1.6 KB), measured with twiggy diff against a build
# without the new views: the feedback pages (issue 13: the observer's form and code, a
# result's invitation, responses and self-against-others view with its radar; the core's
# aggregation and codes were already there but unused) +41.8 KB of wasm after turning
# their controls into core markup (-2.7 KB) and filling maps by insert rather than
# collect (the standard stable sort twice, -2.8 KB); the deploy list, real-parent check
# and disclosure (issue 11) +5.2 KB. The cut that would win most is splitting views the
# journey never opens (team, feedback, observer, compare, embed) into modules fetched on
# demand (leptos #[lazy] with wasm-split), not measured yet. Session 7 added 22.3 KB (348.1 ->
# 370.4): the team view (issue 13) costs +22.0 KB of wasm (the import of exports,
# history files and share links with their messages, the summary, the heatmap markup and
# the page; the first version, with a memo of the summary and the page built by Leptos,
# cost +25.6 KB), measured with twiggy diff; the wasm was 323.8 KB before it. Measured
# and not taken: wasm-opt -Os (+2.0 KB) or extra passes (--flatten --rereloop: -1.3 KB,
# --gufa: 0), opt-level "s" (+33.5 KB), -Zfmt-debug=none -Zlocation-detail=none
# (-3.9 KB, but unstable flags on a stable compiler). Session 6 added 8.5 KB: the 2.0.0
# content (observer wording, a scenario and an evidence prompt in every area: the
# Engineering Manager file 11.1 -> 12.2 KB) and +7.4 KB of wasm for 14 more author lints,
# the computed time, the preparation report and feedback on examples (from 339.4 KB at
# 341). The gate holds what is reached, with a little room, so nothing grows unnoticed;
# lower it as cuts land. Session 5 measured what
# moved it from 312.3 KB (wasm 289.5 -> 311.3, framework file 7.6 -> 11.1, CSS 5.7 -> 5.9):
# rating scales, "Hasn't come up", versioned built-ins and author lints +6.8 KB of wasm;
# advice objects, answer-ordered suggestions and the scenario review +4.8 KB; the radar's
# range band, model notes, the care question, storage-full handling and scores=hidden
# fixes +3.5 KB; the per-attempt storage layout, dated backups and mid-session recovery
# about +10 KB (after reading attempts and the index through JSON values, -8.6 KB, and no
# sorted map for one download, -2.2 KB); the Engineering Manager file's rationales and
# interview notes +3.6 KB; chart trigonometry without libm -2.9 KB, wasm-opt --converge
# --low-memory-unused -2.0 KB, framework files published minified -0.3 KB.
export JOURNEY_BUDGET_KB="${JOURNEY_BUDGET_KB:-416}"
MIN_ACCESSIBILITY=100
MIN_PERFORMANCE=100
MAX_LCP_MS=1200
MAX_CLS=0
sizes_only=0
[[ "${1:-}" == "--sizes-only" ]] && sizes_only=1
PORT="${BENCH_PORT:-4174}"
BASE_PATH="/yardstick/"

cd "$(dirname "$0")/.."
# shellcheck source=scripts/setup.sh
. scripts/setup.sh
ys_setup

OUT="target/bench"
mkdir -p "$OUT"

if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  echo
  echo "==> release build"
  trunk build --release --offline
fi

echo
echo "==> the journey in a browser: open, Engineering Manager assessment, results, history (budget: ${JOURNEY_BUDGET_KB} KB gzip)"
status=0
playwright test --config tests/bench/playwright.config.ts || status=1

echo
echo "==> opening the page alone, read from the build (for reference)"
node scripts/bench-sizes.mjs dist | tee "$OUT/sizes.txt" || status=1

if [[ $sizes_only == 1 ]]; then
  exit "$status"
fi

echo
echo "==> Lighthouse (mobile) on http://127.0.0.1:${PORT}${BASE_PATH}, served with gzip"
node tests/e2e/serve-static.mjs --root dist --base "$BASE_PATH" --port "$PORT" --gzip &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do
  node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' \
    "http://127.0.0.1:${PORT}${BASE_PATH}" && break
  sleep 0.1
done

CHROME_PATH="$CHROME_PATH" lighthouse "http://127.0.0.1:${PORT}${BASE_PATH}" \
  --quiet \
  --only-categories=performance,accessibility \
  --output=json --output=html --output-path="$OUT/lighthouse" \
  --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run --disable-dev-shm-usage" \
  || { echo "bench: lighthouse failed" >&2; exit 1; }

node --input-type=module - "$OUT/lighthouse.report.json" "$MIN_ACCESSIBILITY" "$MIN_PERFORMANCE" "$MAX_LCP_MS" "$MAX_CLS" <<'EOF' || status=1
import { readFileSync } from "node:fs";
const [file, minA11y, minPerf, maxLcp, maxCls] = process.argv.slice(2);
const lhr = JSON.parse(readFileSync(file, "utf8"));
const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
const audit = (id) => lhr.audits[id]?.displayValue ?? "n/a";
console.log(`Lighthouse ${lhr.lighthouseVersion}, ${lhr.configSettings.formFactor}, ${lhr.configSettings.throttlingMethod} throttling`);
console.log(`  performance    ${score("performance")}`);
console.log(`  accessibility  ${score("accessibility")}`);
console.log(`  FCP            ${audit("first-contentful-paint")}`);
console.log(`  LCP            ${audit("largest-contentful-paint")}`);
console.log(`  CLS            ${audit("cumulative-layout-shift")}`);
console.log(`  TBT            ${audit("total-blocking-time")}`);
const failedAudits = Object.values(lhr.audits).filter(
  (a) => lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id && r.weight > 0) && a.score !== null && a.score < 1,
);
for (const a of failedAudits) console.log(`  accessibility audit failed: ${a.id}: ${a.title}`);
let failed = false;
const check = (ok, message) => {
  if (!ok) {
    console.log(`bench: ${message}`);
    failed = true;
  }
};
const lcp = lhr.audits["largest-contentful-paint"]?.numericValue ?? Infinity;
const cls = lhr.audits["cumulative-layout-shift"]?.numericValue ?? Infinity;
check(score("accessibility") >= Number(minA11y), `accessibility ${score("accessibility")} is below ${minA11y}`);
check(score("performance") >= Number(minPerf), `performance ${score("performance")} is below ${minPerf}`);
check(lcp <= Number(maxLcp), `LCP ${Math.round(lcp)} ms is over ${maxLcp} ms`);
check(cls <= Number(maxCls), `CLS ${cls} is above ${maxCls}`);
if (failed) process.exit(1);
EOF

echo
echo "reports: $OUT/sizes.txt, $OUT/lighthouse.report.html, $OUT/lighthouse.report.json"
if [[ $status -ne 0 ]]; then
  echo "bench: FAILED (see above)"
fi
exit "$status"
