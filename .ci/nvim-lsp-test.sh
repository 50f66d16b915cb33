#!/bin/sh
# Drives `draftlint lsp` with a real editor: Neovim from Debian
# (`apt-get install -y neovim`), headless. Neovim loads the set-up recipe of
# docs/editors.md for its version, exactly as documented (`draftlint` found
# on PATH), opens a draft with known defects, and
# tests/nvim/lsp_diagnostics.lua checks the diagnostics it receives, their
# positions, hover, a code action and an edit.
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
# The recipes start `draftlint` from PATH.
mkdir "$work/bin"
ln -s "$DRAFTLINT_BIN" "$work/bin/draftlint"

# The documented recipe for this Neovim: the ```lua block of
# docs/editors.md whose first line names the versions.
major=$(nvim --version | head -n 1 | sed -n 's/^NVIM v\([0-9]*\)\..*/\1/p')
minor=$(nvim --version | head -n 1 | sed -n 's/^NVIM v[0-9]*\.\([0-9]*\).*/\1/p')
if [ "${major:-0}" -gt 0 ] || [ "${minor:-0}" -ge 11 ]; then
    marker='-- Neovim 0.11 and later (init.lua)'
else
    marker='-- Neovim 0.7 to 0.10 (init.lua)'
fi
awk -v marker="$marker" '
    /^```lua$/ { inside = 1; first = 1; next }
    /^```$/ { inside = 0; keep = 0; next }
    inside && first { keep = ($0 == marker); first = 0 }
    inside && keep { print }
' docs/editors.md > "$work/recipe.lua"
if [ ! -s "$work/recipe.lua" ]; then
    echo "nvim-lsp-test: no recipe \"$marker\" in docs/editors.md" >&2
    exit 1
fi

status=0
PATH="$work/bin:$PATH" DRAFT="$work/draft.md" RESULT="$work/result.txt" \
    timeout 120 nvim --headless --clean -c "luafile $work/recipe.lua" \
    -c "luafile tests/nvim/lsp_diagnostics.lua" \
    </dev/null >"$work/nvim.log" 2>&1 || status=$?

echo "nvim-lsp-test: $(nvim --version | head -n 1), recipe \"$marker\""
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
