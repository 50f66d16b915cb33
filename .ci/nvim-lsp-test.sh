#!/bin/sh
# Drives `draftlint lsp` with a real editor: Neovim from Debian
# (`apt-get install -y neovim`), headless. Neovim opens a draft with known
# defects, and tests/nvim/lsp_diagnostics.lua checks the diagnostics it
# receives, their positions, hover, a code action and an edit.
#
# Usage: .ci/nvim-lsp-test.sh   (DRAFTLINT_BIN=path to skip the build)
# Exits 0 when every check passes, non-zero otherwise.
set -eu
cd "$(dirname "$0")/.."

if ! command -v nvim >/dev/null 2>&1; then
    echo "nvim-lsp-test: nvim not found; install it with: apt-get install -y neovim" >&2
    exit 2
fi

if [ -z "${DRAFTLINT_BIN:-}" ]; then
    cargo build --quiet
    DRAFTLINT_BIN="${CARGO_TARGET_DIR:-target}/debug/draftlint"
fi
DRAFTLINT_BIN=$(realpath "$DRAFTLINT_BIN")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp tests/nvim/draft.md "$work/draft.md"
# The draft is short: say its language rather than rely on detection.
printf 'language = "en"\n' > "$work/draftlint.toml"

status=0
DRAFTLINT_BIN="$DRAFTLINT_BIN" DRAFT="$work/draft.md" RESULT="$work/result.txt" \
    timeout 120 nvim --headless --clean -c "luafile tests/nvim/lsp_diagnostics.lua" \
    </dev/null >"$work/nvim.log" 2>&1 || status=$?

echo "nvim-lsp-test: $(nvim --version | head -n 1)"
if [ -f "$work/result.txt" ]; then
    sed 's/^/  /' "$work/result.txt"
else
    echo "  no result written (nvim exited with $status); its output:"
    sed 's/^/  /' "$work/nvim.log"
fi
if [ "$status" -ne 0 ] || ! grep -qx OK "$work/result.txt" 2>/dev/null; then
    echo "nvim-lsp-test: FAILED" >&2
    exit 1
fi
echo "nvim-lsp-test: passed"
