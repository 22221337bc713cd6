#!/usr/bin/env bash
# Fails when any C++ file in the tree differs from what .clang-format says. Fix with
#   scripts/check-format.sh --fix
set -euo pipefail
cd "$(dirname "$0")/.."
fix=0
if [ "${1:-}" = "--fix" ]; then fix=1; shift; fi
CLANG_FORMAT=${1:-$(command -v clang-format-14 || command -v clang-format)}
mapfile -t files < <(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h' '*.hpp' 2>/dev/null \
  || find app core ui tests bench -name '*.cpp' -o -name '*.h')
[ ${#files[@]} -gt 0 ] || exit 0
if [ $fix = 1 ]; then
  "$CLANG_FORMAT" -i "${files[@]}"
  exit 0
fi
if ! "$CLANG_FORMAT" --dry-run --Werror "${files[@]}"; then
  echo "format_check: the files above are not formatted; run scripts/check-format.sh --fix" >&2
  exit 1
fi
echo "format_check: ${#files[@]} files formatted as .clang-format says"
