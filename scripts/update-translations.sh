#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources: new tr() strings appear as unfinished, removed ones
# are dropped. montaj_en.ts holds plural forms only (English singular/plural of "%n …").
# Then translate the unfinished messages (Qt Linguist, or by hand) — tests fail until you do.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-$(command -v lupdate6 || command -v /usr/lib/qt6/bin/lupdate || command -v lupdate)}
list=$(mktemp)
trap 'rm -f "$list"' EXIT
find core ui app -type f \( -name '*.cpp' -o -name '*.h' \) | LC_ALL=C sort > "$list"
common=(-no-obsolete -locations none -I "$PWD" "@$list")
"$LUPDATE" "${common[@]}" -target-language ar -ts translations/montaj_ar.ts
"$LUPDATE" "${common[@]}" -target-language fr -ts translations/montaj_fr.ts
"$LUPDATE" "${common[@]}" -pluralonly -target-language en -ts translations/montaj_en.ts
