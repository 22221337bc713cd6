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
for b in "${benches[@]}"; do
  [ -x "$b" ] && "$b"
done
