#!/usr/bin/env bash
# Fuzzes the caption readers and the text-encoding detector with libFuzzer under AddressSanitizer
# and UndefinedBehaviorSanitizer. Configures its own clang build directory (build/fuzz, or
# $MONTAJ_FUZZ_BUILD_DIR) with -DMONTAJ_BUILD_FUZZ=ON, builds the fuzz targets and runs each for
# SECONDS (default 60) on a working copy of its seed corpus fuzz/corpus/<target>/ (new inputs go
# to the build directory, never into the source tree). Crash, leak and timeout inputs are kept in
# <build>/fuzz-artifacts/<target>/. Exits non-zero when any target finds a problem.
#
#   scripts/fuzz-captions.sh [SECONDS] [TARGET…]
#   targets: fuzz_captions_srt fuzz_captions_vtt fuzz_captions_ass fuzz_captions_encoding
#
# Needs clang and its libFuzzer runtime: Debian packages clang-14 and libclang-rt-14-dev.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_captions_srt fuzz_captions_vtt fuzz_captions_ass fuzz_captions_encoding)
build=${MONTAJ_FUZZ_BUILD_DIR:-build/fuzz}
cxx=${MONTAJ_FUZZ_CXX:-$(command -v clang++-14 || command -v clang++ || true)}
if [ -z "$cxx" ]; then
  echo "fuzz-captions: clang++ not found (apt-get install clang-14 libclang-rt-14-dev)" >&2
  exit 2
fi

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$cxx" \
  -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link" -DMONTAJ_SANITIZE=ON -DMONTAJ_BUILD_FUZZ=ON \
  -DMONTAJ_BUILD_TESTS=OFF -DMONTAJ_BUILD_UI=OFF -DMONTAJ_BUILD_BENCH=OFF -DMONTAJ_WERROR=OFF >/dev/null
cmake --build "$build" --target "${targets[@]}"

status=0
for t in "${targets[@]}"; do
  work="$build/fuzz-corpus/$t"
  artifacts="$build/fuzz-artifacts/$t/"
  mkdir -p "$work" "$artifacts"
  log="$build/fuzz-$t.log"
  echo "== $t: ${seconds}s"
  if ! ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
      "$build/fuzz/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
      -print_final_stats=1 -artifact_prefix="$artifacts" "$work" "fuzz/corpus/$t" >"$log" 2>&1; then
    status=1
    echo "   FAILED — see $log and $artifacts" >&2
    grep -m5 -E "ERROR|SUMMARY|runtime error" "$log" >&2 || true
  fi
  runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo '?')
  last=$(grep -E '^#[0-9]+' "$log" | tail -1)
  cov=$(echo "$last" | grep -oE 'cov: [0-9]+' || true)
  ft=$(echo "$last" | grep -oE 'ft: [0-9]+' || true)
  corp=$(echo "$last" | grep -oE 'corp: [0-9]+/[0-9]+[a-zA-Z]*' || true)
  echo "   executions: $runs, $cov, $ft, $corp"
done
exit $status
