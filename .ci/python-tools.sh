# shellcheck shell=bash
# Python tools from PyPI for the CI scripts (pre-commit, check-jsonschema,
# actionlint, shellcheck), installed in a virtual environment: Debian 12's
# Python refuses `pip install` outside one (PEP 668), and a venv keeps the
# tools away from the system's packages. The venv is made once and reused
# by later runs: ~/.cache/draftlint/ci-venv, or $DRAFTLINT_CI_VENV.
#
# Sourced, not run:  . .ci/python-tools.sh && python_tools "pre-commit>=3.2"
# Needs python3 with the venv module (Debian: apt-get install python3-venv).

ci_venv=${DRAFTLINT_CI_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/draftlint/ci-venv}

# Makes the venv if it is missing or broken (a venv made without ensurepip
# has no pip), then puts its bin/ first on PATH.
python_venv() {
    if [ ! -x "$ci_venv/bin/pip" ]; then
        if ! command -v python3 >/dev/null 2>&1; then
            echo "python-tools: python3 not found; install it with: apt-get install -y python3 python3-venv" >&2
            return 1
        fi
        rm -rf "$ci_venv"
        mkdir -p "$(dirname "$ci_venv")"
        if ! python3 -m venv "$ci_venv" >/dev/null 2>&1 || [ ! -x "$ci_venv/bin/pip" ]; then
            rm -rf "$ci_venv"
            echo "python-tools: cannot create a virtual environment with $(command -v python3);" \
                "install the venv module with: apt-get install -y python3-venv" >&2
            return 1
        fi
    fi
    case ":$PATH:" in
        *":$ci_venv/bin:"*) ;;
        *) PATH="$ci_venv/bin:$PATH"; export PATH ;;
    esac
}

# Installs requirements (pip syntax) in the venv; already satisfied ones
# cost no download.
python_tools() {
    python_venv || return 1
    "$ci_venv/bin/python" -m pip install --quiet --disable-pip-version-check "$@"
}
