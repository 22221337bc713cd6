#!/usr/bin/env bash
# Installs what Montaj needs to build, run and test on Debian 12, from the one package list in
# scripts/deps/debian-packages.txt. Idempotent: packages already present are left alone, and when
# nothing is missing it touches neither apt nor the network.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
list="$here/deps/debian-packages.txt"
mapfile -t packages < <(grep -vE '^\s*(#|$)' "$list" | awk '{print $1}')

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages from $(basename "$list") are installed"
  exit 0
fi

if ! command -v apt-get >/dev/null; then
  echo "install-deps: apt-get not found. This script is for Debian 12; see README.md for macOS and Windows." >&2
  exit 1
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null; then
    echo "install-deps: ${#missing[@]} packages are missing and this user is not root and has no sudo:" >&2
    printf '  %s\n' "${missing[@]}" >&2
    exit 1
  fi
  sudo=(sudo)
fi
echo "install-deps: installing ${#missing[@]} missing packages: ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}"
