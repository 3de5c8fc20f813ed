#!/usr/bin/env bash
# THE benchmark: builds the release site, then
#   1. sizes of every file the first load fetches (raw, gzip -9, brotli), failing when the
#      gzip total is over GZIP_BUDGET_KB;
#   2. Lighthouse (mobile, simulated throttling) against the build served gzip-compressed
#      under /yardstick/, printing performance and accessibility scores, FCP, LCP and TBT,
#      failing when accessibility is below 100.
# Reports go to target/bench/.
set -euo pipefail

GZIP_BUDGET_KB="${GZIP_BUDGET_KB:-220}"
MIN_ACCESSIBILITY=100
PORT="${BENCH_PORT:-4174}"
BASE_PATH="/yardstick/"

cd "$(dirname "$0")/.."
# shellcheck source=scripts/setup.sh
. scripts/setup.sh
ys_setup

OUT="target/bench"
mkdir -p "$OUT"

echo
echo "==> release build"
trunk build --release --offline

echo
echo "==> first-load transfer sizes (budget: ${GZIP_BUDGET_KB} KB gzip)"
status=0
node scripts/bench-sizes.mjs dist --budget-gzip-kb "$GZIP_BUDGET_KB" | tee "$OUT/sizes.txt" || status=1

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

node --input-type=module - "$OUT/lighthouse.report.json" "$MIN_ACCESSIBILITY" <<'EOF' || status=1
import { readFileSync } from "node:fs";
const [file, minA11y] = process.argv.slice(2);
const lhr = JSON.parse(readFileSync(file, "utf8"));
const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
const audit = (id) => lhr.audits[id]?.displayValue ?? "n/a";
console.log(`Lighthouse ${lhr.lighthouseVersion}, ${lhr.configSettings.formFactor}, ${lhr.configSettings.throttlingMethod} throttling`);
console.log(`  performance    ${score("performance")}`);
console.log(`  accessibility  ${score("accessibility")}`);
console.log(`  FCP            ${audit("first-contentful-paint")}`);
console.log(`  LCP            ${audit("largest-contentful-paint")}`);
console.log(`  TBT            ${audit("total-blocking-time")}`);
const failed = Object.values(lhr.audits).filter(
  (a) => lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id && r.weight > 0) && a.score !== null && a.score < 1,
);
for (const a of failed) console.log(`  accessibility audit failed: ${a.id}: ${a.title}`);
if (score("accessibility") < Number(minA11y)) {
  console.log(`bench: accessibility ${score("accessibility")} is below ${minA11y}`);
  process.exit(1);
}
EOF

echo
echo "reports: $OUT/sizes.txt, $OUT/lighthouse.report.html, $OUT/lighthouse.report.json"
if [[ $status -ne 0 ]]; then
  echo "bench: FAILED (see above)"
fi
exit "$status"
