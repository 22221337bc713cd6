#!/usr/bin/env bash
# Quick start 2 (and CI, through .ci/run): installs what is missing, builds everything with warnings
# as errors, runs every test, then builds core alone (no Qt Widgets) and runs its tests with no
# display, to prove the engine stays display-free.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
jobs=$(nproc 2>/dev/null || echo 2)

scripts/install-deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci --parallel "$jobs"
ctest --preset ci --parallel "$jobs"

cmake --preset core >/dev/null
cmake --build --preset core --parallel "$jobs"
env -u DISPLAY -u WAYLAND_DISPLAY ctest --preset core --parallel "$jobs" --label-exclude style

echo "test: all green in $(( $(date +%s) - start )) s; screenshots in build/ci/screenshots/"
