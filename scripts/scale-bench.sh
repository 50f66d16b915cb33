#!/usr/bin/env bash
# Scale check: generates a repository of N drafts (default 10,000, ≈ 50 MB)
# and runs the release binary over it, printing wall time, CPU use and peak
# memory (GNU time). Memory must stay bounded: the CLI writes each file's
# output in order as soon as it is ready, at most 256 files ahead, and
# never holds the whole repository's diagnostics. scripts/speed-bench.sh
# measures scaling, the cache and --diff-base.
#
#   scripts/scale-bench.sh [N] [json|human]
#
# Needs python3 (generation) and /usr/bin/time (`apt-get install time`).
# The drafts are synthetic: sentences assembled from a small vocabulary of
# our own, with a few typos and doubled words so every rule has work.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
format=${2:-json}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target}
cargo build --release --quiet
bin="$CARGO_TARGET_DIR/release/draftlint"
repo=$(mktemp -d)
trap 'rm -rf "$repo"' EXIT

python3 scripts/generate-drafts.py "$repo" "$n"

echo "cores: $(nproc)" >&2
out=$(mktemp)
/usr/bin/time -f 'wall %e s, user %U s, sys %S s, CPU %P, peak RSS %M KB' \
  "$bin" check --format "$format" --color never "$repo" > "$out" || status=$?
echo "exit status: ${status:-0} (1 = findings)" >&2
echo "output: $(wc -c < "$out") bytes" >&2
rm -f "$out"
