#!/usr/bin/env bash
# Profiles policypress under callgrind (instructions, inclusive and self).
#
#   benches/profile.sh [N]            one full build of the N-policy site (default 1,000)
#   benches/profile.sh --serve [N]    4 incremental rebuilds in `serve` (one edited policy each)
#
# Prints the costliest functions (benches/callgrind_top.py); full listings go
# to target/bench/profile/. Needs valgrind (installed with apt-get if
# missing). A build of 1,000 policies takes about a minute under callgrind.
# Environment: POLICYPRESS_BIN, CARGO_TARGET_DIR as for run.sh.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
cd "$repo"
mode=build
if [ "${1:-}" = "--serve" ]; then mode=serve; shift; fi
n="${1:-1000}"
if ! command -v valgrind >/dev/null; then
    sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq valgrind >/dev/null
fi
if [ -n "${POLICYPRESS_BIN:-}" ]; then
    bin="$POLICYPRESS_BIN"
else
    cargo build --release --quiet --bin policypress
    bin="${CARGO_TARGET_DIR:-$repo/target}/release/policypress"
fi
work="$repo/target/bench/profile"
site="$work/pp-$n"
mkdir -p "$work"
python3 "$here/gen_policypress.py" --n "$n" --out "$site"

if [ "$mode" = build ]; then
    # perf needs hardware counters, which many virtual machines do not expose.
    if perf stat -e instructions -x, true 2>&1 | grep -q 'not supported\|not counted\|Permission'; then
        echo "perf: no hardware counters here (perf stat -e instructions: <not supported>); using callgrind" >&2
    elif command -v perf >/dev/null; then
        rm -rf "$work/out"
        perf stat -e instructions,cycles,task-clock "$bin" -q build --root "$site" --out "$work/out" 2>&1 | tail -9 || true
    fi
    rm -rf "$work/out"
    prof="$work/callgrind-build-$n.out"
    valgrind --tool=callgrind --callgrind-out-file="$prof" \
        "$bin" -q build --root "$site" --out "$work/out" 2> "$work/valgrind.log" || { tail -20 "$work/valgrind.log"; exit 1; }
    rm -rf "$work/out"
else
    base="$work/callgrind-serve-$n.out"
    rm -f "$base" "$base".*
    python3 "$here/profile_serve.py" "$bin" "$site" "$base" 4
    prof="$(ls -S "$base".* 2>/dev/null | head -1)"
    [ -n "$prof" ] || { echo "no profile dumped" >&2; exit 1; }
fi
callgrind_annotate --inclusive=yes "$prof" > "${prof%.out*}-inclusive.txt" 2>/dev/null
callgrind_annotate --inclusive=no "$prof" > "${prof%.out*}-self.txt" 2>/dev/null
echo "== inclusive =="
python3 "$here/callgrind_top.py" "${prof%.out*}-inclusive.txt" 40
echo "== self =="
python3 "$here/callgrind_top.py" "${prof%.out*}-self.txt" 20
echo "full listings: ${prof%.out*}-inclusive.txt, ${prof%.out*}-self.txt" >&2
