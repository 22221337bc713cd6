#!/usr/bin/env bash
# Builds Montaj's Linux packages (CPack DEB + TGZ) and proves the .deb on a clean Debian 12:
# a minimal bookworm root made with debootstrap (the bootstrapped base is cached in
# build/debroot-cache/base and copied afresh for every run), the .deb installed there with apt (which
# must find every dependency the package declares), then, inside that root:
# `montaj --version`, `montajctl --version` and a headless render of a generated clip with the TikTok
# preset, re-probed. Needs root (chroot) and access to a Debian mirror. Ends with one BENCH line.
#   scripts/package-test.sh [BUILD_DIR]   (default build/release, configured with the release preset)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
mirror=${MONTAJ_DEBIAN_MIRROR:-http://deb.debian.org/debian}
start=$(date +%s.%N)
elapsed() { echo "$(date +%s.%N) - $1" | bc; }

scripts/install-deps.sh
for tool in debootstrap appstreamcli desktop-file-validate bc; do
    command -v "$tool" >/dev/null || { apt-get install -y --no-install-recommends debootstrap appstream desktop-file-utils bc >/dev/null; break; }
done
appstreamcli validate --no-net packaging/linux/io.montaj.Montaj.metainfo.xml
desktop-file-validate packaging/linux/io.montaj.Montaj.desktop

[ -f "$build/CMakeCache.txt" ] || cmake --preset release
cmake --build "$build" --parallel "$(nproc)" --target montaj montajctl
(cd "$build" && cpack -G "DEB;TGZ")
deb=$(ls -t "$build"/montaj_*.deb | head -1)
tgz=$(ls -t "$build"/montaj-*-Linux.tar.gz | head -1)
echo "package-test: $deb ($(stat -c %s "$deb") bytes), $tgz"
dpkg-deb --info "$deb" | sed -n '/Package:/,/Description:/p'
dpkg-deb --contents "$deb" | awk '{print $6}' | grep -E 'bin/montaj|applications|metainfo|mime/packages|icons/hicolor/(256|scalable)' 

cache=build/debroot-cache/base
if [ ! -x "$cache/usr/bin/apt-get" ]; then
    rm -rf "$cache"
    mkdir -p "$(dirname "$cache")"
    debootstrap --variant=minbase bookworm "$cache" "$mirror"
fi
work=$(mktemp -d "$PWD/build/package-test.XXXXXX")
root="$work/root"
cleanup() {
    umount "$root/proc" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
cp -a "$cache" "$root"
mount -t proc proc "$root/proc"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/montaj.deb"
# A small clip to render: 2 s of 640×360 test picture and tone (made here; the root has no ffmpeg CLI).
ffmpeg -v error -y -f lavfi -i testsrc2=size=640x360:rate=30 -f lavfi -i sine=frequency=440:sample_rate=48000 \
    -t 2 -c:v libx264 -pix_fmt yuv420p -c:a aac "$root/tmp/clip.mp4"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive QT_QPA_PLATFORM=offscreen "$@"; }

t=$(date +%s.%N)
in_root apt-get update -q
in_root apt-get install -y -q --no-install-recommends /tmp/montaj.deb
install_s=$(elapsed "$t")
installed_kb=$(in_root dpkg-query -W -f='${Installed-Size}' montaj)
packages=$(in_root dpkg-query -W -f='${binary:Package}\n' | wc -l)

# The project-file type is known to the system (double-clicking a .montaj opens the studio).
in_root sh -c 'command -v update-mime-database >/dev/null || apt-get install -y -q --no-install-recommends shared-mime-info >/dev/null'
in_root update-mime-database /usr/share/mime
in_root grep -q 'application/x-montaj-project:\*\.montaj' /usr/share/mime/globs2 \
    || { echo "package-test: *.montaj is not registered as a MIME type" >&2; exit 1; }
in_root grep -q 'MimeType=application/x-montaj-project;' /usr/share/applications/io.montaj.Montaj.desktop
montaj_version=$(in_root montaj --version)
montajctl_version=$(in_root montajctl --version)
echo "package-test: in the clean root: $montaj_version / $montajctl_version"
t=$(date +%s.%N)
in_root montajctl render /tmp/clip.mp4 -o /tmp/out.mp4 --preset tiktok-1080p30 >/dev/null
render_s=$(elapsed "$t")
probe=$(in_root montajctl probe /tmp/out.mp4)
echo "$probe" | grep -q '"width": *1080' && echo "$probe" | grep -q '"height": *1920' \
    || { echo "package-test: the rendered file is not 1080×1920: $probe" >&2; exit 1; }
echo "package-test: headless render in the clean root: 1080×1920 in ${render_s} s"
echo "BENCH package deb_bytes=$(stat -c %s "$deb") installed_kb=$installed_kb root_packages=$packages install_s=$(printf %.1f "$install_s") render_s=$(printf %.2f "$render_s") total_s=$(printf %.1f "$(elapsed "$start")")"
