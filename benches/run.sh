#!/usr/bin/env bash
# policypress benchmark: full builds at N = 100, 1,000 and 10,000 policies
# against Hugo, peak memory, and incremental rebuilds in `serve`.
#
#   benches/run.sh [--quick] [bench.py options…]
#
# --quick: N = 100 and 1,000 only, 3 runs each, serve at 1,000 only.
# --browser: also time 20 saves shown in Chromium (tests/browser/live-reload.js,
#   needs chromium and `npm ci`, see scripts/browser-tests.sh).
# --serve-memory: also measure `serve` at 10,000 policies (benches/serve_memory.py):
#   peak RSS, first requests, edits.
# --only-extra: run only what --browser / --serve-memory ask for.
# Writes target/bench/results.md (and results.json); see benches/README.md.
#
# Environment:
#   POLICYPRESS_BIN   use this binary instead of building one
#   CARGO_TARGET_DIR  where `cargo build --release` puts it (default target/)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
cd "$repo"

say() { printf '[bench] %s\n' "$*" >&2; }

need_apt=()
[ -x /usr/bin/time ] || need_apt+=(time)
case " $* " in
    *" --no-hugo "*) ;;
    *) command -v hugo >/dev/null 2>&1 || need_apt+=(hugo) ;;
esac
if [ "${#need_apt[@]}" -gt 0 ]; then
    say "installing ${need_apt[*]} with apt-get"
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
command -v python3 >/dev/null || { say "python3 is required"; exit 1; }

if [ -n "${POLICYPRESS_BIN:-}" ]; then
    bin="$POLICYPRESS_BIN"
else
    say "building policypress (cargo build --release)"
    cargo build --release --quiet --bin policypress
    bin="${CARGO_TARGET_DIR:-$repo/target}/release/policypress"
fi
[ -x "$bin" ] || { say "no policypress binary at $bin"; exit 1; }

browser=0 memory=0 only=0 rest=()
for a in "$@"; do
    case "$a" in
        --browser) browser=1 ;;
        --serve-memory) memory=1 ;;
        --only-extra) only=1 ;;
        *) rest+=("$a") ;;
    esac
done
out="$repo/target/bench"
mkdir -p "$out"
[ "$only" = 1 ] || python3 "$here/bench.py" --bin "$bin" "${rest[@]}"
if [ "$browser" = 1 ]; then
    say "20 saves shown in Chromium (tests/browser/live-reload.js)"
    POLICYPRESS_BIN="$bin" POLICYPRESS_LIVE_TIMES="$out/browser-live.json" \
        node --test --test-name-pattern="twenty saves" tests/browser/live-reload.js >"$out/browser-live.log" 2>&1 \
        || say "the browser test failed: see $out/browser-live.log"
    {
        echo
        echo "## A save shown in the browser (Chromium, in place)"
        echo
        grep -E "save → shown|medians \(worst\)" "$out/browser-live.log" | sed 's/^[[:space:]]*# /- /'
    } | tee -a "$out/results.md"
fi
if [ "$memory" = 1 ]; then
    say "serve at 10,000 policies: memory (benches/serve_memory.py)"
    {
        echo
        echo "## serve at 10,000 policies"
        echo
        python3 "$here/serve_memory.py" "$bin" 10000 | sed 's/^/- /'
    } | tee -a "$out/results.md"
fi
