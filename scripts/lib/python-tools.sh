# shellcheck shell=bash
# Python tools the tests call (docs/TESTING.md): `openapi-spec-validator` (PyPI), which OpenAPITests runs on the API's
# OpenAPI document. Sourced by scripts/test, which calls, in order:
#   python-tools_install   keep a validator that already runs; else pip-install the pinned version into a virtual
#                          environment (.build/python-tools) and put its bin folder first on PATH for the tests
#   python-tools_start     nothing to start
#   python-tools_stop      nothing to stop
# Idempotent, quiet on success, safe under `set -euo pipefail`. A virtual environment rather than `pip install --user`:
# Debian's Python refuses installs into the system (PEP 668), and the repo's .build is ours to write.

_PYTHON_TOOLS_PIN="openapi-spec-validator==0.9.0"

# The validator runs as a module and as the console script the tests look for first.
_python_tools_ready() {
    python3 -m openapi_spec_validator --help >/dev/null 2>&1
}

# Puts the folder of a Python's console scripts (where pip put `openapi-spec-validator`) first on PATH.
_python_tools_path_add() {
    local dir=$1
    if [[ -n "$dir" && -d "$dir" && ":$PATH:" != *":$dir:"* ]]; then
        export PATH="$dir:$PATH"
    fi
}

# shellcheck source=../support/apt.sh
source "$(dirname "${BASH_SOURCE[0]}")/../support/apt.sh"

# Installs Debian's python3 and venv module.
_python_tools_apt() {
    apt_install python-tools.sh python3 python3-venv
}

python-tools_install() {
    local venv log
    venv="$(pwd)/.build/python-tools"
    # A virtual environment from an earlier run comes first.
    [[ -x "$venv/bin/python3" ]] && _python_tools_path_add "$venv/bin"
    if _python_tools_ready; then
        _python_tools_path_add "$(python3 -c 'import sysconfig; print(sysconfig.get_path("scripts"))' 2>/dev/null || true)"
        return 0
    fi
    log=$(mktemp)
    if ! python3 -m venv "$venv" >"$log" 2>&1; then
        rm -rf "$venv"
        _python_tools_apt || { rm -f "$log"; return 1; }
        if ! python3 -m venv "$venv" >"$log" 2>&1; then
            cat "$log" >&2
            rm -f "$log"
            echo "python-tools.sh: python3 -m venv failed" >&2
            return 1
        fi
    fi
    if ! "$venv/bin/python3" -m pip install -q --disable-pip-version-check "$_PYTHON_TOOLS_PIN" >"$log" 2>&1; then
        cat "$log" >&2
        rm -f "$log"
        echo "python-tools.sh: pip install $_PYTHON_TOOLS_PIN failed" >&2
        return 1
    fi
    rm -f "$log"
    _python_tools_path_add "$venv/bin"
    _python_tools_ready || { echo "python-tools.sh: $_PYTHON_TOOLS_PIN installed but python3 -m openapi_spec_validator fails" >&2; return 1; }
}

python-tools_start() { :; }

python-tools_stop() { :; }
