#!/usr/bin/env bash
# Development server: installs what is missing (no browser needed), then serves the app
# on http://127.0.0.1:8080 with live reload, rebuilding on every change. Offline.
# Extra arguments go to `trunk serve` (e.g. --release, --port 9000).
set -euo pipefail

cd "$(dirname "$0")/.."
# shellcheck source=scripts/setup.sh
. scripts/setup.sh
ys_setup --no-browser

# The stylesheet bundle is written under target/ on every build (Trunk.toml ignores it).
mkdir -p target/style
exec trunk serve --offline "$@"
