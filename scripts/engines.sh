#!/usr/bin/env bash
# The end-to-end journey (start, answer, next, reload and resume, finish, results,
# export, history) in Firefox ESR and in WebKitGTK, the engine behind Safari, against
# the release build served under /yardstick/ as GitHub Pages serves it. Chromium runs
# the same journey, and much more, in Playwright (tests/e2e/).
#
#   bash scripts/engines.sh            both engines (needs dist/: trunk build --release)
#   bash scripts/engines.sh firefox    one of them
#
# Drivers: geckodriver (cargo install, scripts/setup.sh) for Debian's firefox-esr (or
# $FIREFOX_BINARY, or a firefox on PATH: scripts/setup.sh's ys_firefox), and
# Debian's WebKitWebDriver (webkit2gtk-driver) on a virtual display from xvfb-run. The
# client is crates/engines (fantoccini). Prints cargo-style "test result:" lines.
set -euo pipefail

cd "$(dirname "$0")/.."
# shellcheck source=scripts/setup.sh
. scripts/setup.sh
FIREFOX="$(ys_firefox)"

DIST="${E2E_DIST:-dist}"
# Not 4190: browsers refuse ports of other protocols (4190 is ManageSieve).
PORT="${ENGINES_PORT:-4180}"
APP="http://127.0.0.1:$PORT/yardstick/"
LOG_DIR="target/test-logs"
mkdir -p "$LOG_DIR"
engines=("$@")
[[ ${#engines[@]} -gt 0 ]] || engines=(firefox webkit)

if [[ ! -f "$DIST/index.html" ]]; then
  echo "engines: $DIST/index.html is missing; build first (trunk build --release --offline)" >&2
  exit 1
fi

cargo build --locked -q -p yardstick-engines
client="target/debug/engine-journey"

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

# wait_for_port PORT WHAT: until something listens there (at most 30 s).
wait_for_port() {
  for _ in $(seq 1 300); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "engines: $2 did not start on port $1" >&2
  return 1
}

node tests/e2e/serve-static.mjs --root "$DIST" --base /yardstick/ --port "$PORT" > /dev/null &
pids+=($!)
wait_for_port "$PORT" "the static server"

status=0
for engine in "${engines[@]}"; do
  case "$engine" in
    firefox)
      driver_port=4444
      geckodriver --port "$driver_port" --binary "$FIREFOX" --log error \
        > "$LOG_DIR/geckodriver.log" 2>&1 &
      ;;
    webkit)
      driver_port=4445
      # -a picks a free display number; the driver starts MiniBrowser on it.
      xvfb-run -a WebKitWebDriver --port="$driver_port" > "$LOG_DIR/webkitwebdriver.log" 2>&1 &
      ;;
    *) echo "engines: unknown engine $engine (firefox or webkit)" >&2; exit 2 ;;
  esac
  driver=$!
  pids+=("$driver")
  if wait_for_port "$driver_port" "the $engine driver"; then
    "$client" --engine "$engine" --driver "http://127.0.0.1:$driver_port" --app "$APP" \
      --firefox "$FIREFOX" || status=1
  else
    echo "test result: FAILED. 0 passed; 1 failed; 0 ignored"
    status=1
  fi
  # xvfb-run's children (Xvfb, the driver) go with its process group.
  pkill -P "$driver" 2>/dev/null || true
  kill "$driver" 2>/dev/null || true
  wait "$driver" 2>/dev/null || true
done
exit "$status"
