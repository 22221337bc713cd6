#!/usr/bin/env bash
# Quick start 2 (and CI, through .ci/run): installs what is missing, builds everything with warnings
# as errors, runs every test, then builds core alone (no Qt Widgets) and runs its tests with no
# display, to prove the engine stays display-free.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
jobs=$(nproc 2>/dev/null || echo 2)

scripts/install-deps.sh

# A real PostgreSQL server for the shared-workspace tests (the store and publisher suites run against
# it and against SQLite). Stopped and removed on exit, whatever happens.
pgdir=$(mktemp -d /tmp/montaj-pg.XXXXXX)
sounddir=$(mktemp -d /tmp/montaj-sound.XXXXXX)
cleanup() {
    scripts/postgres-test-server.sh stop "$pgdir" || true
    scripts/sound-test-server.sh stop "$sounddir" || true
    rm -rf "$pgdir" "$sounddir"
}
trap cleanup EXIT
MONTAJ_TEST_POSTGRES_URL=$(scripts/postgres-test-server.sh start "$pgdir")
export MONTAJ_TEST_POSTGRES_URL
echo "test: PostgreSQL test server at $MONTAJ_TEST_POSTGRES_URL"
# A private PulseAudio server with a null sink: the player's sound clock and A/V sync are tested
# for real even on machines without a sound card.
PULSE_SERVER=$(scripts/sound-test-server.sh start "$sounddir")
export PULSE_SERVER
echo "test: sound server (null sink) at $PULSE_SERVER"
cmake --preset ci >/dev/null
cmake --build --preset ci --parallel "$jobs"
ctest --preset ci --parallel "$jobs"

cmake --preset core >/dev/null
cmake --build --preset core --parallel "$jobs"
env -u DISPLAY -u WAYLAND_DISPLAY ctest --preset core --parallel "$jobs" --label-exclude style

# The caption readers and the encoding detector under libFuzzer + AddressSanitizer, a bounded time
# each: no crash, no hang (10 s per input), no unbounded memory (2 GB).
scripts/fuzz-captions.sh "${MONTAJ_FUZZ_SECONDS:-30}"

echo "test: all green in $(( $(date +%s) - start )) s; screenshots in build/ci/screenshots/"
