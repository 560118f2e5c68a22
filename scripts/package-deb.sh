#!/usr/bin/env bash
# Builds the Debian package of policypress into target/debian/ and prints
# its path: the release binary, its shell completions and its docs
# (Cargo.toml, [package.metadata.deb]). Needs cargo-deb:
#   cargo install cargo-deb --locked
# Install the package with `sudo dpkg -i target/debian/policypress_*.deb`
# (docs/publishing.md § 1).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo-deb >/dev/null || {
  echo "cargo-deb is not installed: cargo install cargo-deb --locked" >&2
  exit 1
}
cargo build --release --locked --quiet
mkdir -p target/completions
bin=target/release/policypress
"$bin" completions bash > target/completions/policypress.bash
"$bin" completions zsh > target/completions/_policypress
"$bin" completions fish > target/completions/policypress.fish
# --no-build: the binary above is the one packaged (same profile, same lock).
cargo deb --locked --no-build --quiet >&2
ls -1t target/debian/policypress_*.deb | head -n 1
