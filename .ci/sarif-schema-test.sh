#!/usr/bin/env bash
# Validates `draftlint check --format sarif` against the official SARIF
# 2.1.0 JSON schema (tests/data/sarif-schema-2.1.0.json, see its LICENSE
# note) with check-jsonschema from PyPI (in the CI virtual environment, see
# python-tools.sh), format checks included (URIs).
#
# Cases: findings with labels and fixes, a non-ASCII path, a clean run,
# and an unreadable file (tool notification). A deliberately broken log
# must be rejected, so a validator that accepts anything fails the test.
#
# Uses the debug binary built by `cargo build` (built here if missing).
set -euo pipefail

repo_root=$(cd "$(dirname "$0")/.." && pwd)
schema="$repo_root/tests/data/sarif-schema-2.1.0.json"
target_dir=${CARGO_TARGET_DIR:-$repo_root/target}
(cd "$repo_root" && cargo build --quiet)
draftlint="$target_dir/debug/draftlint"

# shellcheck source=SCRIPTDIR/python-tools.sh
. "$repo_root/.ci/python-tools.sh"
python_tools "check-jsonschema>=0.27"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/drafts/été"
cat > "$work/drafts/été/article.md" <<'MD'
# A heading

We went to the the market.

<!-- draftlint-disable-next-line repetition.doubled-wrd -->
The end result was a free gift.
MD
printf 'Nothing to report here.\n' > "$work/drafts/clean.md"
printf 'Un texte sans défaut.\n' > "$work/clean-only.md"
printf 'ab\000cd' > "$work/binary.md"

cd "$work"
set +e
"$draftlint" check --format sarif drafts > findings.sarif; findings_rc=$?
"$draftlint" check --format sarif clean-only.md > clean.sarif; clean_rc=$?
"$draftlint" check --format sarif binary.md drafts/clean.md > unreadable.sarif; unreadable_rc=$?
set -e
[ "$findings_rc" = 1 ] || { echo "FAIL: exit $findings_rc with findings, expected 1" >&2; exit 1; }
[ "$clean_rc" = 0 ] || { echo "FAIL: exit $clean_rc on a clean file, expected 0" >&2; exit 1; }
[ "$unreadable_rc" = 2 ] || { echo "FAIL: exit $unreadable_rc with an unreadable file, expected 2" >&2; exit 1; }

passed=0
failed=0
for log in findings.sarif clean.sarif unreadable.sarif; do
  if check-jsonschema --schemafile "$schema" "$log"; then
    passed=$((passed + 1))
  else
    echo "FAIL: $log does not follow the SARIF 2.1.0 schema" >&2
    failed=$((failed + 1))
  fi
done

# The validator must reject a log that breaks the schema.
python3 - findings.sarif broken.sarif <<'PY'
import json, sys
log = json.load(open(sys.argv[1]))
log["runs"][0]["results"][0]["level"] = "warn"  # not a SARIF level
json.dump(log, open(sys.argv[2], "w"))
PY
if check-jsonschema --schemafile "$schema" broken.sarif > /dev/null 2>&1; then
  echo "FAIL: a log with an invalid level passed validation" >&2
  failed=$((failed + 1))
else
  passed=$((passed + 1))
fi

echo "SARIF schema: $passed passed, $failed failed"
[ "$failed" = 0 ]
