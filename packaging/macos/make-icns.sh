#!/usr/bin/env bash
# Makes packaging/macos/Montaj.icns from the hicolor PNGs (run on macOS: iconutil is Apple's).
set -euo pipefail
cd "$(dirname "$0")"
set_dir=$(mktemp -d)/Montaj.iconset
mkdir -p "$set_dir"
icons=../linux/icons
for s in 16 32 128 256 512; do
    cp "$icons/${s}x${s}/io.montaj.Montaj.png" "$set_dir/icon_${s}x${s}.png"
done
cp "$icons/32x32/io.montaj.Montaj.png" "$set_dir/icon_16x16@2x.png"
cp "$icons/64x64/io.montaj.Montaj.png" "$set_dir/icon_32x32@2x.png"
cp "$icons/256x256/io.montaj.Montaj.png" "$set_dir/icon_128x128@2x.png"
cp "$icons/512x512/io.montaj.Montaj.png" "$set_dir/icon_256x256@2x.png"
iconutil -c icns "$set_dir" -o Montaj.icns
echo "wrote $(pwd)/Montaj.icns"
