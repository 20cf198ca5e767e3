#!/usr/bin/env bash
# Bring htmx (served by the web page) and axe-core (used by the browser tests) from the npm
# registry, with their licences. Run again to update; the versions are pinned here.
set -euo pipefail

HTMX_VERSION="${HTMX_VERSION:-2.0.4}"
AXE_VERSION="${AXE_VERSION:-4.10.2}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
STATIC="$ROOT/src/afterword/web/static/vendor"
TEST_VENDOR="$ROOT/tests/web/vendor"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

fetch() {  # fetch NAME VERSION -> unpacked package folder in $WORK/NAME
  (cd "$WORK" && npm pack --silent "$1@$2" >/dev/null)
  mkdir -p "$WORK/$1"
  tar -xzf "$WORK"/"$1"-*.tgz -C "$WORK/$1"
}

fetch htmx.org "$HTMX_VERSION"
mkdir -p "$STATIC"
cp "$WORK/htmx.org/package/dist/htmx.min.js" "$STATIC/htmx.min.js"
cp "$WORK/htmx.org/package/LICENSE" "$STATIC/LICENSE.htmx.txt"

fetch axe-core "$AXE_VERSION"
mkdir -p "$TEST_VENDOR"
cp "$WORK/axe-core/package/axe.min.js" "$TEST_VENDOR/axe.min.js"
cp "$WORK/axe-core/package/LICENSE" "$TEST_VENDOR/axe-core.LICENSE"

echo "htmx $HTMX_VERSION -> $STATIC; axe-core $AXE_VERSION -> $TEST_VENDOR"
