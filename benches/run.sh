#!/usr/bin/env bash
# policypress benchmark: full builds at N = 100, 1,000 and 10,000 policies
# against Hugo, peak memory, and incremental rebuilds in `serve`.
#
#   benches/run.sh [--quick] [bench.py options…]
#
# --quick: N = 100 and 1,000 only, 3 runs each, serve at 1,000 only.
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

exec python3 "$here/bench.py" --bin "$bin" "$@"
