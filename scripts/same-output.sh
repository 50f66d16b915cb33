#!/usr/bin/env bash
# Checks that two draftlint executables print the same thing, byte for
# byte (JSON and human output, exit status), on the corpus, the seeds, the
# fixtures and the recall drafts: the check a speed change must pass.
#
# Usage: scripts/same-output.sh BEFORE AFTER [EXTRA_FILE...]
#   e.g. cp target/release/draftlint /tmp/draftlint-before   (on the old commit)
#        cargo build --release && scripts/same-output.sh /tmp/draftlint-before target/release/draftlint
# Both run from the repository's root, one thread each (RAYON_NUM_THREADS=1
# is not needed for the output, which is ordered, but keeps the load low).
set -uo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { echo "usage: $0 BEFORE AFTER [EXTRA_FILE...]" >&2; exit 2; }
before=$1 after=$2
shift 2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
inputs=(../shared/corpus ../shared/seeds fixtures tests/recall "$@")
status=0
for input in "${inputs[@]}"; do
  [ -e "$input" ] || { echo "missing: $input" >&2; status=1; continue; }
  for format in json human; do
    for side in before after; do
      bin=${!side}
      "$bin" check --color never --format "$format" "$input" >"$out/$side.out" 2>"$out/$side.err"
      echo "exit $?" >>"$out/$side.out"
    done
    if cmp -s "$out/before.out" "$out/after.out" && cmp -s "$out/before.err" "$out/after.err"; then
      echo "same: $input ($format, $(wc -c <"$out/after.out") bytes)"
    else
      echo "DIFFERENT: $input ($format)"
      diff "$out/before.out" "$out/after.out" | head -20
      diff "$out/before.err" "$out/after.err" | head -5
      status=1
    fi
  done
done
exit $status
