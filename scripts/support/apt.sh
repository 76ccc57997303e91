# shellcheck shell=bash
# Debian packages for the test and benchmark scripts, one way everywhere:
#   source scripts/support/apt.sh   (not in scripts/lib: scripts/test treats every file there as a service)
#   apt_install WHO PKG...   install quietly; on failure refresh the package lists once (a fresh machine has none or
#                            stale ones) and retry; on a second failure print apt's output and "WHO: could not install
#                            PKG..." on stderr and return 1. Safe under `set -euo pipefail` when its status is checked.

apt_install() {
    local who=$1 log
    shift
    log=$(mktemp)
    if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >"$log" 2>&1; then
        if ! { DEBIAN_FRONTEND=noninteractive apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"; } \
            >"$log" 2>&1; then
            cat "$log" >&2
            rm -f "$log"
            echo "$who: could not install $*" >&2
            return 1
        fi
    fi
    rm -f "$log"
}
