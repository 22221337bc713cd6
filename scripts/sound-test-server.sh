#!/usr/bin/env bash
# A throwaway PulseAudio server for tests: a private daemon whose only output is a null sink, so the
# player's sound path (QAudioSink, the sound clock the picture follows, A/V sync) is exercised on
# machines with no sound card. Nothing is heard; nothing of the user's own sound setup is touched.
#   sound-test-server.sh start DIR   prints the PULSE_SERVER value for clients (unix:DIR/pulse/native)
#   sound-test-server.sh stop DIR    stops it (DIR is left for the caller to remove)
set -euo pipefail

[ $# -eq 2 ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }
cmd=$1
dir=$2

case "$cmd" in
start)
    command -v pulseaudio >/dev/null || { echo "sound-test-server: pulseaudio is not installed" >&2; exit 1; }
    mkdir -p "$dir/pulse" "$dir/home"
    chmod 700 "$dir"
    # -n: no default configuration (no hardware modules, no suspend on idle); as root PulseAudio
    # warns but runs a per-user daemon, which is what tests want.
    env XDG_RUNTIME_DIR="$dir" HOME="$dir/home" PULSE_RUNTIME_PATH="$dir/pulse" \
        pulseaudio --daemonize=yes --exit-idle-time=-1 --use-pid-file=yes -n \
        --load="module-null-sink sink_name=montaj_test_null" \
        --load="module-native-protocol-unix auth-anonymous=1 socket=$dir/pulse/native" \
        --log-target=file:"$dir/pulse.log" 2>>"$dir/pulse.log"
    for _ in $(seq 50); do
        [ -S "$dir/pulse/native" ] && break
        sleep 0.1
    done
    [ -S "$dir/pulse/native" ] || { echo "sound-test-server: no socket; see $dir/pulse.log" >&2; exit 1; }
    echo "unix:$dir/pulse/native"
    ;;
stop)
    if [ -f "$dir/pulse/pid" ]; then
        kill "$(cat "$dir/pulse/pid")" 2>/dev/null || true
    fi
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
