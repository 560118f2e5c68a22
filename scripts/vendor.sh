#!/usr/bin/env bash
# The vendored crates (vendor/tera, vendor/tiny_http) are the published crate
# plus one patch each (vendor/patches/NAME-VERSION.patch). This script
# re-derives them and checks that they match the tree byte for byte.
#
#   bash scripts/vendor.sh [check]  no network: for each crate, undo its patch
#        on a copy of the vendored tree and compare every file with the
#        published crate's, by the SHA-256 sums in vendor/patches/NAME-VERSION.sha256
#        (taken from the published .crate). Then, if the published .crate is in
#        cargo's registry cache, derive the tree from it forwards too and
#        compare (skipped, with a message, when it is not cached: policypress's
#        own builds never download it, since [patch] replaces it).
#   bash scripts/vendor.sh derive   fetch the published crates through cargo
#        (a throwaway package, no [patch]), rebuild vendor/NAME from crate +
#        patch (PATCHED.md kept), then check.
#   bash scripts/vendor.sh update   after changing a vendored copy on
#        purpose: fetch the published crates and rewrite each .patch and
#        .sha256 from the published crate and the current tree.
#
# Why the checksums: the offline check must work on CI and on a new machine,
# where the registry cache has no tera or tiny_http; the checksums let the
# reverse-patched tree be compared with the published files without them.
set -euo pipefail
cd "$(dirname "$0")/.."

# name version files-of-the-published-crate-left-out
CRATES=(
  "tera 1.20.1 .cargo_vcs_info.json CHANGELOG.md Cargo.lock Cargo.toml.orig"
  "tiny_http 0.12.0 .cargo_vcs_info.json .gitattributes .github .gitignore CHANGELOG.md Cargo.lock Cargo.toml.orig benches examples tests"
)
# Files of vendor/NAME that are policypress's own, not the crate's.
OURS="PATCHED.md"

mode=${1:-check}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
registry_cache="${CARGO_HOME:-$HOME/.cargo}/registry/cache"

cached_crate() { # name version -> path of the .crate in cargo's cache, or nothing
  ls "$registry_cache"/*/"$1-$2.crate" 2>/dev/null | head -n 1 || true
}

fetch_crates() { # downloads every published crate into cargo's cache
  mkdir -p "$work/fetch/src"
  {
    printf '[package]\nname = "vendor-fetch"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n[dependencies]\n'
    for entry in "${CRATES[@]}"; do
      read -r name version _ <<<"$entry"
      printf '%s = { version = "=%s", default-features = false }\n' "$name" "$version"
    done
  } >"$work/fetch/Cargo.toml"
  echo 'fn main() {}' >"$work/fetch/src/main.rs"
  (cd "$work/fetch" && cargo fetch --quiet)
}

published() { # name version omitted... -> the published tree, less what is left out, in $work/pub/NAME
  local name=$1 version=$2 crate
  shift 2
  crate=$(cached_crate "$name" "$version")
  [ -n "$crate" ] || return 1
  rm -rf "$work/pub/$name" && mkdir -p "$work/pub"
  tar -xzf "$crate" -C "$work/pub"
  mv "$work/pub/$name-$version" "$work/pub/$name"
  for f in "$@"; do rm -rf "${work:?}/pub/$name/$f"; done
}

sums() { # dir -> sorted "sha256  path" of every file, PATCHED.md left out
  (cd "$1" && find . -type f ! -name "$OURS" -printf '%P\n' | LC_ALL=C sort | xargs -d '\n' sha256sum)
}

status=0
case "$mode" in
  update)
    fetch_crates
    for entry in "${CRATES[@]}"; do
      read -r name version omitted <<<"$entry"
      # shellcheck disable=SC2086
      published "$name" "$version" $omitted
      sums "$work/pub/$name" >"vendor/patches/$name-$version.sha256"
      mkdir -p "$work/ours" && rm -rf "$work/ours/$name" && cp -r "vendor/$name" "$work/ours/$name"
      rm -f "$work/ours/$name/$OURS"
      (cd "$work" && diff -ruN "pub/$name" "ours/$name" \
        | sed -E "s#^(---|\+\+\+) (pub|ours)/$name/([^\t]*)\t.*#\1 \2/\3#; s#^(---|\+\+\+) pub/#\1 a/#; s#^(---|\+\+\+) ours/#\1 b/#" \
        | grep -v '^diff -ruN ' >"$OLDPWD/vendor/patches/$name-$version.patch") || true
      echo "vendor.sh: wrote vendor/patches/$name-$version.patch and .sha256"
    done
    exec bash "$0" check
    ;;
  derive)
    fetch_crates
    for entry in "${CRATES[@]}"; do
      read -r name version omitted <<<"$entry"
      # shellcheck disable=SC2086
      published "$name" "$version" $omitted
      (cd "$work/pub/$name" && patch -E -p1 --quiet --no-backup-if-mismatch <"$OLDPWD/vendor/patches/$name-$version.patch")
      cp "vendor/$name/$OURS" "$work/pub/$name/"
      rm -rf "vendor/$name" && cp -r "$work/pub/$name" "vendor/$name"
      echo "vendor.sh: vendor/$name derived from $name $version + its patch"
    done
    exec bash "$0" check
    ;;
  check)
    for entry in "${CRATES[@]}"; do
      read -r name version omitted <<<"$entry"
      patchfile="vendor/patches/$name-$version.patch"
      # Backwards, offline: the tree less its patch is the published crate.
      mkdir -p "$work/undo" && rm -rf "$work/undo/$name" && cp -r "vendor/$name" "$work/undo/$name"
      rm -f "$work/undo/$name/$OURS"
      if ! (cd "$work/undo/$name" && patch -R -E -p1 --quiet --force --no-backup-if-mismatch <"$OLDPWD/$patchfile" >/dev/null); then
        echo "vendor.sh: vendor/$name does not carry $patchfile exactly (the patch does not undo cleanly)." >&2
        echo "  Changed the vendored copy on purpose? Run: bash scripts/vendor.sh update" >&2
        status=1
        continue
      fi
      find "$work/undo/$name" -type d -empty -delete
      if ! sums "$work/undo/$name" | diff -u "vendor/patches/$name-$version.sha256" - >"$work/sums.diff"; then
        echo "vendor.sh: vendor/$name less its patch differs from the published $name $version:" >&2
        grep '^[-+][^-+]' "$work/sums.diff" | sed 's/^/  /' >&2
        echo "  Changed the vendored copy on purpose? Run: bash scripts/vendor.sh update" >&2
        status=1
        continue
      fi
      # Forwards, from the published .crate when cargo has it.
      # shellcheck disable=SC2086
      if published "$name" "$version" $omitted; then
        (cd "$work/pub/$name" && patch -E -p1 --quiet --no-backup-if-mismatch <"$OLDPWD/$patchfile")
        if ! diff -r -x "$OURS" "$work/pub/$name" "vendor/$name" >&2; then
          echo "vendor.sh: vendor/$name differs from $name $version + $patchfile" >&2
          status=1
          continue
        fi
        echo "vendor.sh: vendor/$name = $name $version (published .crate) + $patchfile, byte for byte"
      else
        echo "vendor.sh: vendor/$name = $name $version + $patchfile, byte for byte by the published files' SHA-256 sums (its .crate is not in cargo's cache, so not re-derived forwards; 'bash scripts/vendor.sh derive' fetches it)"
      fi
    done
    ;;
  *)
    echo "usage: bash scripts/vendor.sh [check|derive|update]" >&2
    exit 2
    ;;
esac
exit $status
