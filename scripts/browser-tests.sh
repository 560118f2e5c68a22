#!/usr/bin/env bash
# The real-browser test suite (tests/browser/): HTML validity (Nu HTML
# Checker), accessibility (axe-core, WCAG 2.1 A/AA), the language toggle and
# keyboard navigation, live reload of `policypress serve`, screenshots
# (target/browser-screenshots/), and proof that the checks fail on a broken
# theme.
#
# Works on a clean Debian 12 machine with Rust, Node 20 and npm: installs
# Chromium and a Java runtime from apt when they are missing, the pinned
# npm packages (package-lock.json) with `npm ci`, builds the release binary,
# then runs `node --test tests/browser/`. Safe to run again; works from any
# folder. Environment: CHROMIUM (default /usr/bin/chromium), POLICYPRESS_BIN
# (default $CARGO_TARGET_DIR/release/policypress, CARGO_TARGET_DIR defaulting
# to target/).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== browser tests: system packages"
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
if ((${#missing[@]})); then
  sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || {
      echo "error: ${missing[*]} missing, and not root: install them with apt-get" >&2
      exit 1
    }
    sudo=(sudo)
  fi
  echo "installing with apt-get: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update
  "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
else
  echo "chromium and java already installed"
fi
echo "chromium: $(command -v chromium) ($(chromium --version 2>/dev/null | head -n1))"
echo "java: $(command -v java) ($(java -version 2>&1 | head -n1))"

echo "== browser tests: npm packages (npm ci, from package-lock.json)"
# --ignore-scripts: vnu-jar's postinstall would try to download a Java
# runtime; the system one above is used instead.
npm ci --ignore-scripts --no-audit --no-fund
npm ls --depth=0

echo "== browser tests: release binary"
cargo build --release --locked --quiet

echo "== browser tests: node --test tests/browser/"
node --test tests/browser/
