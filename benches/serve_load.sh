#!/usr/bin/env bash
# Load test of `policypress serve` with wrk: page requests on loopback while
# 50 live-reload (SSE) clients are connected and a policy is being edited.
# Bounded: DURATION seconds of wrk (default 10). Not part of CI; the bounded
# in-suite variant is tests/serve_hardening.rs.
#
#   benches/serve_load.sh [DURATION]
#
# Installs wrk with apt-get when missing; uses the release binary
# (POLICYPRESS_BIN to use another).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-10}"

if ! command -v wrk >/dev/null; then
    echo "== installing wrk"
    apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi
BIN="${POLICYPRESS_BIN:-}"
if [ -z "$BIN" ]; then
    cargo build --release --quiet
    BIN="${CARGO_TARGET_DIR:-target}/release/policypress"
fi

SITE="$(mktemp -d)"
PIDS=()
cleanup() {
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$SITE"
}
trap cleanup EXIT
cp -r content "$SITE/"

"$BIN" serve --port 0 --root "$SITE" > "$SITE/serve.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 100); do
    grep -q "http://" "$SITE/serve.log" 2>/dev/null && break
    sleep 0.1
done
BASE="$(grep -o 'http://[0-9.:]*/' "$SITE/serve.log" | head -1)"
[ -n "$BASE" ] || { cat "$SITE/serve.log"; exit 1; }
echo "== serving $BASE"

for _ in $(seq 50); do
    curl -sN "${BASE}_preview/events" > /dev/null &
    PIDS+=($!)
done

POLICY="$SITE/content/policies/quebec-travail.yaml"
ORIGINAL="$(cat "$POLICY")"
(
    n=0
    while true; do
        n=$((n + 1))
        printf '%s\n' "${ORIGINAL/en: Privacy policy/en: Privacy policy rev $n}" > "$POLICY.tmp"
        mv "$POLICY.tmp" "$POLICY"
        sleep 0.1
    done
) &
PIDS+=($!)

sleep 1
echo "== wrk: $DURATION s, 2 threads, 20 connections, 50 event streams open, a save every 100 ms"
wrk -t2 -c20 -d"${DURATION}s" --latency "${BASE}en/labour-privacy-policy/"
