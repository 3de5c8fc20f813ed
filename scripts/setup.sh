#!/usr/bin/env bash
# Installs what Yardstick's build and tests need, and skips whatever is already there,
# so a second run takes a few seconds. Run it directly, or source it and call `ys_setup`
# (`. scripts/setup.sh && ys_setup`) to also get the tools on PATH in the calling shell.
#
#   bash scripts/setup.sh               everything (build tools, npm packages, Chromium)
#   bash scripts/setup.sh --no-browser  without the browsers and drivers (enough to build and serve)
#
# Installs: the wasm32-unknown-unknown Rust target, trunk 0.21.x, wasm-bindgen-cli at the
# exact version in Cargo.lock (it also provides wasm-bindgen-test-runner), the npm
# devDependencies from package-lock.json (wasm-opt from binaryen 132, Playwright,
# axe-core, Lighthouse; never a browser download), Debian's chromium + chromium-driver,
# firefox-esr, webkit2gtk-driver and xvfb via apt-get, geckodriver (cargo install), and
# every crate with `cargo fetch` so builds can run offline.
set -euo pipefail

YS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
YS_TRUNK_VERSION="0.21.14"
YS_GECKODRIVER_VERSION="0.37.1"

export PATH="$HOME/.cargo/bin:$YS_ROOT/node_modules/.bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

# The Firefox scripts/engines.sh drives: $FIREFOX_BINARY, else Debian's firefox-esr,
# else a `firefox` on PATH; empty when there is none.
ys_firefox() {
  if [[ -n "${FIREFOX_BINARY:-}" ]]; then
    echo "$FIREFOX_BINARY"
  elif [[ -x /usr/bin/firefox-esr ]]; then
    echo /usr/bin/firefox-esr
  else
    command -v firefox || true
  fi
}

# Runs a command as root: directly when this is root, with sudo when that needs no
# password; fails otherwise.
ys_as_root() {
  if [[ "$(id -u)" == 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo "$@"
  else
    return 1
  fi
}

ys_setup() {
  local want_browser=1 arg
  for arg in "$@"; do
    case "$arg" in
      --no-browser) want_browser=0 ;;
      *) echo "setup: unknown option: $arg" >&2; return 2 ;;
    esac
  done

  local say="echo [setup]" caller_pwd="$PWD"
  cd "$YS_ROOT"

  # Rust target -------------------------------------------------------------
  if ! command -v cargo >/dev/null 2>&1; then
    echo "setup: cargo not found. Install Rust with rustup (https://rustup.rs) first." >&2
    return 1
  fi
  if command -v rustup >/dev/null 2>&1; then
    if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
      $say "wasm32-unknown-unknown target: present"
    else
      $say "installing the wasm32-unknown-unknown target"
      rustup target add wasm32-unknown-unknown
    fi
  else
    echo "setup: rustup not found; make sure the wasm32-unknown-unknown target is installed." >&2
  fi

  # trunk -------------------------------------------------------------------
  local have
  have="$(trunk --version 2>/dev/null || true)"
  if [[ "$have" =~ ^trunk\ 0\.21\. ]]; then
    $say "trunk: present ($have)"
  else
    $say "installing trunk $YS_TRUNK_VERSION (was: ${have:-missing}); this compiles for several minutes"
    cargo install trunk --version "$YS_TRUNK_VERSION" --locked
  fi

  # wasm-bindgen-cli, at the version Cargo.lock resolved ------------------------
  local wbg
  wbg="$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
  if [[ -z "$wbg" ]]; then
    echo "setup: cannot read the wasm-bindgen version from Cargo.lock" >&2
    return 1
  fi
  if ! grep -qx "wasm_bindgen = \"$wbg\"" Trunk.toml; then
    echo "setup: Trunk.toml's [tools] wasm_bindgen must equal Cargo.lock's wasm-bindgen ($wbg)" >&2
    return 1
  fi
  have="$(wasm-bindgen --version 2>/dev/null || true)"
  if [[ "$have" == "wasm-bindgen $wbg" ]] && command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
    $say "wasm-bindgen-cli: present ($have)"
  else
    $say "installing wasm-bindgen-cli $wbg (was: ${have:-missing})"
    cargo install wasm-bindgen-cli --version "$wbg" --force
  fi

  # npm packages ------------------------------------------------------------
  if ! command -v npm >/dev/null 2>&1; then
    echo "setup: npm not found. Install Node.js 20 or newer with npm." >&2
    return 1
  fi
  local lock_sum stamp="node_modules/.yardstick-package-lock.sha256"
  lock_sum="$(sha256sum package-lock.json | cut -d' ' -f1)"
  if [[ -d node_modules && -f "$stamp" && "$(cat "$stamp")" == "$lock_sum" ]]; then
    $say "npm packages: present (package-lock.json unchanged)"
  else
    $say "installing npm packages (npm ci)"
    npm ci --no-audit --no-fund
    echo "$lock_sum" > "$stamp"
  fi

  # Chromium and ChromeDriver -------------------------------------------------
  if [[ "$want_browser" == 1 ]]; then
    # fonts-liberation: metric-compatible Arial/Helvetica, so pages lay out the same on
    # every machine (Chromium only recommends it, and a fresh machine lacks it).
    local fonts_present=0
    if dpkg -s fonts-liberation >/dev/null 2>&1; then fonts_present=1; fi
    if [[ -x "$CHROME_PATH" && -x "$CHROMEDRIVER" && "$fonts_present" == 1 ]]; then
      $say "chromium + chromedriver + fonts: present"
    elif [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
      $say "installing chromium, chromium-driver and fonts-liberation with apt-get"
      DEBIAN_FRONTEND=noninteractive apt-get update -q
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium chromium-driver fonts-liberation
    elif [[ -x "$CHROME_PATH" && -x "$CHROMEDRIVER" ]]; then
      echo "setup: fonts-liberation is missing; pages may lay out differently (apt-get install fonts-liberation)." >&2
    else
      echo "setup: Chromium is missing. Install Debian's 'chromium', 'chromium-driver' and" >&2
      echo "       'fonts-liberation' packages (sudo apt-get install chromium chromium-driver" >&2
      echo "       fonts-liberation), or set CHROME_PATH and" >&2
      echo "       CHROMEDRIVER to a matching Chromium and ChromeDriver." >&2
      return 1
    fi
  fi

  # Firefox ESR and WebKitGTK with their WebDriver servers (scripts/engines.sh) -----
  if [[ "$want_browser" == 1 ]]; then
    if [[ -n "$(ys_firefox)" && -x /usr/bin/WebKitWebDriver && -x /usr/bin/xvfb-run ]] &&
      command -v xauth >/dev/null 2>&1; then
      $say "firefox ($(ys_firefox)) + webkit2gtk-driver + xvfb: present"
    elif ys_as_root true && command -v apt-get >/dev/null 2>&1; then
      # Debian has firefox-esr; elsewhere (Ubuntu) the system's own Firefox serves.
      local packages=(webkit2gtk-driver xvfb xauth)
      if [[ -z "$(ys_firefox)" ]]; then packages+=(firefox-esr); fi
      $say "installing ${packages[*]} with apt-get"
      ys_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
      # Recommends included: Firefox and WebKitGTK want their fonts and icon themes.
      ys_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${packages[@]}"
    else
      echo "setup: Firefox ESR or WebKitGTK is missing. Install Debian's 'firefox-esr'," >&2
      echo "       'webkit2gtk-driver', 'xvfb' and 'xauth' packages (or set FIREFOX_BINARY" >&2
      echo "       to another Firefox)." >&2
      return 1
    fi
    have="$(geckodriver --version 2>/dev/null | head -n 1 || true)"
    if [[ "$have" == "geckodriver $YS_GECKODRIVER_VERSION"* ]]; then
      $say "geckodriver: present ($have)"
    else
      $say "installing geckodriver $YS_GECKODRIVER_VERSION (was: ${have:-missing}); this compiles for a few minutes"
      cargo install geckodriver --version "$YS_GECKODRIVER_VERSION" --locked
    fi
  fi

  # Crates, so trunk and cargo can build offline ------------------------------------
  $say "cargo fetch"
  cargo fetch --quiet

  # On GitHub Actions, keep the tools on PATH for later steps.
  if [[ -n "${GITHUB_PATH:-}" ]]; then
    echo "$HOME/.cargo/bin" >> "$GITHUB_PATH"
    echo "$YS_ROOT/node_modules/.bin" >> "$GITHUB_PATH"
  fi

  cd "$caller_pwd"
  $say "done"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  ys_setup "$@"
fi
