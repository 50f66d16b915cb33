#!/usr/bin/env bash
# Tests the pre-commit hook for real: installs the `pre-commit` tool from
# PyPI (in the CI virtual environment, see python-tools.sh), makes a
# throw-away git repository whose .pre-commit-config.yaml uses this
# checkout's `draftlint` hook, and checks that committing a draft with
# a finding fails while committing a clean draft passes.
#
# The hook is built from the checkout's HEAD commit (pre-commit clones the
# repository at `rev`): commit before running this locally.
# pre-commit's `cargo install` builds in release mode (about 4 minutes on a
# cold 2-core machine); it uses CARGO_TARGET_DIR, the checkout's target/ by
# default, so later runs reuse the compiled dependencies.
set -euo pipefail

repo_root=$(cd "$(dirname "$0")/.." && pwd)
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$repo_root/target}
rev=$(git -C "$repo_root" rev-parse HEAD)
if [ -n "$(git -C "$repo_root" status --porcelain --untracked-files=no)" ]; then
  echo "note: uncommitted changes are not tested; the hook is built from $rev" >&2
fi

# shellcheck source=SCRIPTDIR/python-tools.sh
. "$repo_root/.ci/python-tools.sh"
python_tools "pre-commit>=3.2"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/cache"
export GIT_AUTHOR_NAME=ci GIT_AUTHOR_EMAIL=ci@example.invalid
export GIT_COMMITTER_NAME=ci GIT_COMMITTER_EMAIL=ci@example.invalid

drafts="$work/drafts"
mkdir -p "$drafts"
cd "$drafts"
git init --quiet
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $repo_root
    rev: $rev
    hooks:
      - id: draftlint
YAML
git add .pre-commit-config.yaml
git commit --quiet --no-verify -m "configure pre-commit"
pre-commit install >/dev/null

printf 'We went to the the market on Saturday.\n' > bad.md
git add bad.md
echo "== committing a draft with a doubled word (must fail)"
if git commit -m "bad draft" > "$work/bad.log" 2>&1; then
  cat "$work/bad.log"
  echo "FAIL: the commit of a bad draft passed the hook" >&2
  exit 1
fi
cat "$work/bad.log"
grep -q "repetition.doubled-word" "$work/bad.log" || {
  echo "FAIL: the hook failed without reporting the doubled word" >&2
  exit 1
}

git reset --quiet HEAD bad.md
rm bad.md
printf 'We went to the market on Saturday.\n' > good.md
git add good.md
echo "== committing a clean draft (must pass)"
if ! git commit -m "clean draft" > "$work/good.log" 2>&1; then
  cat "$work/good.log"
  echo "FAIL: the commit of a clean draft was refused" >&2
  exit 1
fi
cat "$work/good.log"

# An excluded draft: pre-commit names it on the command line, and the hook's
# --force-exclude keeps it out.
mkdir -p archive
printf 'exclude = ["archive/**"]\n' > draftlint.toml
printf 'An old draft with the the doubled word we keep as it was.\n' > archive/old.md
git add draftlint.toml archive/old.md
echo "== committing an excluded draft with a finding (must pass)"
if ! git commit -m "archived draft" > "$work/excluded.log" 2>&1; then
  cat "$work/excluded.log"
  echo "FAIL: the hook linted a draft that draftlint.toml excludes" >&2
  exit 1
fi
cat "$work/excluded.log"

# draftlint-fix: the commit fails because the hook rewrote the draft; the
# fixed draft then commits.
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $repo_root
    rev: $rev
    hooks:
      - id: draftlint-fix
YAML
printf 'They sold the the fish at noon.\n' > fixable.md
git add .pre-commit-config.yaml fixable.md
echo "== committing a fixable draft with draftlint-fix (must fail, fixing the file)"
if git commit -m "fixable draft" > "$work/fix.log" 2>&1; then
  cat "$work/fix.log"
  echo "FAIL: draftlint-fix let a draft with a doubled word through" >&2
  exit 1
fi
cat "$work/fix.log"
if [ "$(cat fixable.md)" != "They sold the fish at noon." ]; then
  echo "FAIL: draftlint-fix did not fix the draft: $(cat fixable.md)" >&2
  exit 1
fi
git add fixable.md
echo "== committing the fixed draft (must pass)"
if ! git commit -m "fixed draft" > "$work/fixed.log" 2>&1; then
  cat "$work/fixed.log"
  echo "FAIL: the fixed draft was refused" >&2
  exit 1
fi
cat "$work/fixed.log"
echo "pre-commit hook: 5 passed, 0 failed"
