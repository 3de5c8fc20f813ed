#!/usr/bin/env bash
# THE test command: installs what is missing (scripts/setup.sh), then runs every layer:
#   1. format    cargo fmt --all --check
#   2. lint      cargo clippy, native and wasm32, every target, warnings are errors
#   3. native    cargo test --workspace (unit, integration and doc tests, core and app),
#                then the built-in frameworks' lints printed for their authors
#   4. browser   cargo test --target wasm32-unknown-unknown --test web (and every other
#                tests/*.rs with wasm_bindgen_test_configure!(run_in_browser)), in headless Chromium
#   5. build     trunk build --release --offline (the site that gets deployed)
#   6. size      the journey's download size in a browser, against its budget
#                (scripts/bench.sh --sizes-only; tests/bench/journey.spec.ts)
#   7. e2e       Playwright against dist/ served under /yardstick/ by a static server
#   8. engines   the journey in Firefox ESR and WebKitGTK over WebDriver (scripts/engines.sh)
# A failing layer does not stop the others (except that size, e2e and engines need the build).
# Prints a summary and exits non-zero if anything failed.
set -euo pipefail

cd "$(dirname "$0")/.."
# shellcheck source=scripts/setup.sh
. scripts/setup.sh
ys_setup

LOG_DIR="target/test-logs"
mkdir -p "$LOG_DIR"

declare -a names=() statuses=() counts=() times=()
total_passed=0 total_failed=0 total_skipped=0 any_failed=0

# run_layer NAME COUNT-PARSER COMMAND...
run_layer() {
  local name="$1" parser="$2"; shift 2
  local log="$LOG_DIR/$name.log" start end status
  echo
  echo "==> [$name] $*"
  start=$(date +%s)
  set +e
  "$@" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  set -e
  end=$(date +%s)
  local passed=0 failed=0 skipped=0
  read -r passed failed skipped < <("$parser" "$log")
  total_passed=$((total_passed + passed))
  total_failed=$((total_failed + failed))
  total_skipped=$((total_skipped + skipped))
  names+=("$name")
  times+=("$((end - start))s")
  if [[ $status -eq 0 ]]; then
    statuses+=("ok")
  else
    statuses+=("FAILED (exit $status)")
    any_failed=1
  fi
  if [[ "$parser" == count_none ]]; then
    counts+=("-")
  else
    counts+=("$passed passed, $failed failed, $skipped skipped")
  fi
  return 0
}

# Sum of cargo's "test result: ok. N passed; M failed; K ignored" lines.
count_cargo() {
  awk '/^test result:/ { for (i = 1; i <= NF; i++) { n = $(i - 1) + 0;
         if ($i ~ /^passed/) p += n; if ($i ~ /^failed/) f += n; if ($i ~ /^ignored/) s += n } }
       END { printf "%d %d %d\n", p, f, s }' "$1"
}

# Playwright's list reporter closes with "  N passed (…)", "  N failed", "  N skipped".
count_playwright() {
  awk '/^ *[0-9]+ passed/ { p = $1 } /^ *[0-9]+ failed/ { f = $1 } /^ *[0-9]+ flaky/ { f += $1 }
       /^ *[0-9]+ skipped/ { s = $1 } /^ *[0-9]+ did not run/ { f += $1 }
       END { printf "%d %d %d\n", p, f, s }' "$1"
}

count_none() { echo "0 0 0"; }

overall_start=$(date +%s)

run_layer format count_none cargo fmt --all --check
run_layer lint count_none bash -c 'cargo clippy --locked --workspace --all-targets -- -D warnings &&
  cargo clippy --locked --target wasm32-unknown-unknown --all-targets -- -D warnings'
run_layer native count_cargo cargo test --workspace --locked
# Advice, not failures: the test only checks that each lint points into its file.
echo "==> the built-in frameworks' lints (docs/framework-format.md, \"Lints\")"
cargo test --locked -q -p yardstick-core --test lints built_in_lints -- --nocapture 2>&1 |
  grep -E '^  |lints$' || true
# Every tests/*.rs that configures wasm-bindgen-test to run in the browser.
browser_tests=()
for f in tests/*.rs; do
  if grep -q 'wasm_bindgen_test_configure!(run_in_browser)' "$f"; then
    browser_tests+=(--test "$(basename "$f" .rs)")
  fi
done
run_layer browser count_cargo cargo test --locked --target wasm32-unknown-unknown "${browser_tests[@]}"
run_layer build count_none trunk build --release --offline
if [[ "${statuses[-1]}" == ok ]]; then
  run_layer size count_playwright env BENCH_SKIP_BUILD=1 bash scripts/bench.sh --sizes-only
  run_layer e2e count_playwright playwright test
  run_layer engines count_cargo bash scripts/engines.sh
else
  for layer in size e2e engines; do
    names+=("$layer"); statuses+=("SKIPPED (build failed)"); counts+=("-"); times+=("-")
  done
  any_failed=1
fi

echo
echo "==================== Yardstick test summary ===================="
for i in "${!names[@]}"; do
  printf '  %-8s %-24s %-36s %s\n' "${names[$i]}" "${statuses[$i]}" "${counts[$i]}" "${times[$i]}"
done
echo "  total time: $(( $(date +%s) - overall_start ))s (after setup); logs in $LOG_DIR/"
if [[ $any_failed -ne 0 && $total_failed -eq 0 ]]; then
  # A layer failed without a failing test (a compile error, a crash): count it.
  total_failed=1
fi
if [[ $total_passed -eq 0 ]]; then
  echo "  no test ran: that is a failure"
  any_failed=1
fi
echo "================================================================="
echo "tests: $total_passed passed, $total_failed failed, $total_skipped skipped"
exit "$any_failed"
