#!/usr/bin/env bash
# Runs every benchmark built under build/ci/bench (executables named bench_*), each of which prints
# its figures and ends with one "BENCH <name> key=value …" line. Benchmarks are never run by ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-build/ci/bench}
shopt -s nullglob
benches=("$dir"/bench_*)
if [ ${#benches[@]} -eq 0 ]; then
  echo "bench: no benchmarks built in $dir yet"
  exit 0
fi
# Playback is measured with a sound output (the picture follows its clock): without a sound card, a
# private PulseAudio null sink stands in (scripts/sound-test-server.sh).
if [ -z "${PULSE_SERVER:-}" ] && command -v pulseaudio >/dev/null; then
  sounddir=$(mktemp -d /tmp/montaj-sound.XXXXXX)
  trap 'scripts/sound-test-server.sh stop "$sounddir" || true; rm -rf "$sounddir"' EXIT
  PULSE_SERVER=$(scripts/sound-test-server.sh start "$sounddir")
  export PULSE_SERVER
fi
for b in "${benches[@]}"; do
  case "$(basename "$b")" in *_child) continue ;; esac # helpers other benchmarks start
  [ -x "$b" ] && "$b"
done
