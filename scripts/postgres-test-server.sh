#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests: initdb into DIR, listen on 127.0.0.1 (a free port) and on a
# unix socket in DIR, trust authentication (local test use only), fsync off, database montaj_test.
#   postgres-test-server.sh start DIR [PID]  prints postgresql://postgres@127.0.0.1:PORT/montaj_test;
#                                           with PID, the server also stops when that process ends
#                                           (a crashed test leaves no server behind)
#   postgres-test-server.sh url DIR          prints the URL of a server started in DIR
#   postgres-test-server.sh stop DIR         stops it (DIR is left for the caller to remove)
# As root the server binaries run as the 'postgres' system user (PostgreSQL refuses root).
set -euo pipefail

usage() {
    echo "usage: $0 start|stop|url DIR" >&2
    exit 2
}
[ $# -eq 2 ] || [ $# -eq 3 ] || usage
cmd=$1
dir=$2
owner=${3:-}

bindir() {
    local d
    if command -v pg_config >/dev/null 2>&1; then
        d=$(pg_config --bindir 2>/dev/null || true)
        if [ -n "$d" ] && [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then
            echo "$d"
            return
        fi
    fi
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then
            echo "$d"
            return
        fi
    done
    echo "postgres-test-server: no PostgreSQL server binaries (initdb, pg_ctl) found; install postgresql" >&2
    exit 1
}

# Runs a server binary as the user that owns the cluster.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        if command -v runuser >/dev/null 2>&1; then
            runuser -u postgres -- "$@"
        else
            su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
        fi
    else
        "$@"
    fi
}

url_of() {
    echo "postgresql://postgres@127.0.0.1:$(cat "$dir/port")/montaj_test"
}

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Once the owner process is gone without stopping the server (a crashed test), stops it and removes
# DIR. Detached, output closed.
watch_owner() {
    local bin=$1
    (
        while kill -0 "$owner" 2>/dev/null && [ -f "$dir/data/postmaster.pid" ]; do
            sleep 1
        done
        if ! kill -0 "$owner" 2>/dev/null; then
            as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
            rm -rf "$dir"
        fi
    ) </dev/null >/dev/null 2>&1 &
    disown 2>/dev/null || true
}

start() {
    local bin port tries
    bin=$(bindir)
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || {
            echo "postgres-test-server: running as root needs the 'postgres' system user" >&2
            exit 1
        }
        chown postgres: "$dir"
    fi
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        exit 1
    }
    for tries in 1 2 3 4 5 6 7 8; do
        port=$((20000 + RANDOM % 40000))
        port_in_use "$port" && continue
        if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" \
            start >/dev/null 2>&1; then
            echo "$port" >"$dir/port"
            as_owner "$bin/psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres \
                -c "CREATE DATABASE montaj_test" >/dev/null
            [ -z "$owner" ] || watch_owner "$bin"
            url_of
            return
        fi
        grep -q "could not bind\|already in use" "$dir/server.log" 2>/dev/null || break
    done
    echo "postgres-test-server: the server did not start; its log:" >&2
    cat "$dir/server.log" >&2 2>/dev/null || true
    exit 1
}

stop() {
    local bin
    bin=$(bindir)
    [ -f "$dir/data/postmaster.pid" ] || return 0
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
}

case "$cmd" in
start) start ;;
stop) stop ;;
url) url_of ;;
*) usage ;;
esac
