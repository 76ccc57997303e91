# shellcheck shell=bash
# A throwaway PostgreSQL for the store tests (docs/TESTING.md). Sourced by scripts/test, which calls, in order:
#   postgres_install   install Debian's postgresql if initdb/pg_ctl are missing
#   postgres_start     initdb into a temp dir, start on a free loopback port, export ALPHA_SRE_TEST_POSTGRES_URL
#   postgres_stop      stop the server and remove the temp dir
# All three are idempotent, quiet on success, and safe under `set -euo pipefail`. State lives in ALPHA_SRE_PG_DIR.

# shellcheck source=../support/apt.sh
source "$(dirname "${BASH_SOURCE[0]}")/../support/apt.sh"

# The folder with initdb and pg_ctl (pg_config knows; Debian also keeps them under /usr/lib/postgresql/*/bin).
_postgres_bindir() {
    local dir
    if command -v pg_config >/dev/null 2>&1; then
        dir=$(pg_config --bindir 2>/dev/null || true)
        if [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
            echo "$dir"
            return 0
        fi
    fi
    for dir in /usr/lib/postgresql/*/bin; do
        if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
            echo "$dir"
            return 0
        fi
    done
    return 1
}

# Runs a PostgreSQL binary as the `postgres` user when we are root (initdb refuses root), else as ourselves.
_postgres_as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# A TCP port on 127.0.0.1 that nothing listens on right now.
_postgres_free_port() {
    local port attempt
    for attempt in $(seq 1 50); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    echo "postgres.sh: no free loopback port found" >&2
    return 1
}

postgres_install() {
    if _postgres_bindir >/dev/null; then
        return 0
    fi
    apt_install postgres.sh postgresql || return 1
    _postgres_bindir >/dev/null || { echo "postgres.sh: postgresql installed but initdb/pg_ctl not found" >&2; return 1; }
}

postgres_start() {
    local bindir dir port attempt
    # Already running from an earlier call in this shell: nothing to do.
    if [[ -n "${ALPHA_SRE_PG_DIR:-}" && -f "${ALPHA_SRE_PG_DIR}/data/postmaster.pid" && -n "${ALPHA_SRE_TEST_POSTGRES_URL:-}" ]]; then
        return 0
    fi
    bindir=$(_postgres_bindir) || { echo "postgres.sh: initdb not found (run postgres_install)" >&2; return 1; }
    # /tmp rather than $TMPDIR: the postgres user must be able to reach the folder (TMPDIR may sit under /root).
    dir=$(mktemp -d "/tmp/alpha-sre-pg.XXXXXX")
    chmod 700 "$dir"
    if [[ $(id -u) -eq 0 ]]; then
        chown postgres "$dir"
    fi
    if ! _postgres_as_owner "$bindir/initdb" -D "$dir/data" -A trust -U alpha --no-sync >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        rm -rf "$dir"
        return 1
    fi
    for attempt in 1 2 3 4 5; do
        port=$(_postgres_free_port) || { rm -rf "$dir"; return 1; }
        if _postgres_as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 30 \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            start >/dev/null 2>&1; then
            export ALPHA_SRE_PG_DIR="$dir"
            export ALPHA_SRE_PG_BINDIR="$bindir"
            export ALPHA_SRE_TEST_POSTGRES_URL="postgres://alpha@127.0.0.1:$port/postgres"
            return 0
        fi
        # Lost a race for the port (or another start failure): try another port, keep the log for the last attempt.
    done
    cat "$dir/log" >&2 2>/dev/null || true
    echo "postgres.sh: pg_ctl start failed" >&2
    rm -rf "$dir"
    return 1
}

postgres_stop() {
    local dir="${ALPHA_SRE_PG_DIR:-}"
    if [[ -z "$dir" ]]; then
        return 0
    fi
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        _postgres_as_owner "${ALPHA_SRE_PG_BINDIR:-$(_postgres_bindir)}/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    unset ALPHA_SRE_PG_DIR ALPHA_SRE_PG_BINDIR ALPHA_SRE_TEST_POSTGRES_URL
}
