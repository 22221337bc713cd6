#!/usr/bin/env bash
# Copies the README's screenshots from the GUI smoke test's output (run scripts/test.sh first).
set -euo pipefail
cd "$(dirname "$0")/.."
src=build/ci/screenshots
for shot in en/edit en/edit-dark ar/settings ar/record fr/earnings fr/settings; do
  cp "$src/$shot.png" "docs/screenshots/${shot/\//-}.png"
done
echo "update-screenshots: docs/screenshots refreshed from $src"
