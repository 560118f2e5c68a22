#!/usr/bin/env bash
# Tests the installable package without installing it on this machine: builds
# the .deb (scripts/package-deb.sh), checks what it holds, unpacks it into a
# temporary root and runs the packaged binary as a new user would (a new
# site, its review recorded, checked, built), in English and in French.
# CI runs it (.ci/run); on a workstation it needs cargo-deb.
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(bash scripts/package-deb.sh)
echo "package: $deb"
info=$(dpkg-deb --info "$deb")
grep -q "Package: policypress" <<<"$info"
grep -q "Depends:" <<<"$info"
files=$(dpkg-deb --contents "$deb")
for f in ./usr/bin/policypress \
  ./usr/share/bash-completion/completions/policypress \
  ./usr/share/zsh/vendor-completions/_policypress \
  ./usr/share/fish/vendor_completions.d/policypress.fish \
  ./usr/share/doc/policypress/README.md \
  ./usr/share/doc/policypress/LISEZMOI.md \
  ./usr/share/doc/policypress/docs/cli.md \
  ./usr/share/doc/policypress/docs/fr/cli.md; do
  grep -q " $f\$" <<<"$files" || { echo "missing from the package: $f" >&2; exit 1; }
done
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root/pkg"
bin="$root/pkg/usr/bin/policypress"
"$bin" --version
# The packaged binary alone, outside the repository: a new Québec site.
cd "$root"
LC_ALL=C "$bin" init site --jurisdiction quebec > /dev/null
LC_ALL=C "$bin" check --accept all --root site > /dev/null
# A new site holds example values (warnings) but no error.
LC_ALL=C "$bin" check --root site > /dev/null
LC_ALL=C "$bin" build --root site --quiet
test -s site/public/index.html
ls site/public/fr/*/index.html site/public/en/*/index.html > /dev/null
LC_ALL=fr_CA.UTF-8 "$bin" --help | grep -q "Utilisation"
echo "package test passed"
