#!/usr/bin/env bash
# Quick start 1: installs what is missing, builds the studio (release preset) and starts it.
# With no display (a server, a container) it starts on a virtual X server so it still runs.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
studio=build/release/app/montaj/montaj
if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "start: no display found; starting Montaj on a virtual X server (xvfb-run)."
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$studio" "$@"
fi
exec "$studio" "$@"
